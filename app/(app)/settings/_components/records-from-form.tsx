'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

/** Changes the day the branch began keeping its records here; the reason goes into the audit trail. */
export function RecordsFromForm({
  action,
  version,
  recordsFrom,
}: {
  action: FormAction;
  version: number;
  recordsFrom: string | null;
}) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[12rem_1fr_auto] sm:items-start" noValidate>
      <input type="hidden" name="version" value={version} />
      <InputField
        label="开始使用日期"
        name="recordsFrom"
        type="date"
        defaultValue={recordsFrom ?? ''}
        hint="留空：全部历史都在本系统中"
        error={errors('recordsFrom')}
      />
      <InputField
        label="修改原因"
        name="reason"
        required
        maxLength={200}
        hint="如：补录了今年上半年的会议记录"
        error={errors('reason')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="sm:mt-6">
        保存
      </Button>
      <FormStatus state={state} className="sm:col-span-3" />
    </form>
  );
}
