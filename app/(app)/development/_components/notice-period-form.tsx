'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = { action: FormAction; settings: { version: number; noticeWorkingDays: number } };

/** The branch's 公示 period for development candidates (secretary only). */
export function NoticePeriodForm({ action, settings }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-[8rem_auto] items-start gap-x-3 gap-y-2" noValidate>
      <input type="hidden" name="version" value={settings.version} />
      <InputField
        label="公示期（工作日）"
        name="noticeWorkingDays"
        type="number"
        min={0}
        max={30}
        required
        defaultValue={settings.noticeWorkingDays}
        error={errors('noticeWorkingDays')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="mt-6 justify-self-start">
        保存公示期
      </Button>
      <p className="col-span-2 text-xs text-stone-500">
        从支部委员会审查之日起算，期满后方可报上级党委预审；填 0 则不检查。
      </p>
      <FormStatus state={state} className="col-span-2" />
    </form>
  );
}
