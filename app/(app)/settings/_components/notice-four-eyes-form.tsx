'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

/** Turns the branch's 党务公开 four-eyes rule on or off. */
export function NoticeFourEyesForm({
  action,
  version,
  noticeFourEyes,
}: {
  action: FormAction;
  version: number;
  noticeFourEyes: boolean;
}) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-x-4 gap-y-2" noValidate>
      <input type="hidden" name="version" value={version} />
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="noticeFourEyes" defaultChecked={noticeFourEyes} className="accent-brand-700" />
        审核、审批须由提出人以外的人进行
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        保存审核规则
      </Button>
      <FormStatus state={state} className="basis-full" />
    </form>
  );
}
