'use client';
import { useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = { action: FormAction; record: { id: number; version: number }; kind: string; today: string };

/** 终止发展 or 取消预备党员资格: opened on purpose, with a date and a required reason. */
export function StopForm({ action, record, kind, today }: Props) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit, errors } = useActionForm(action);
  if (!open) {
    return (
      <Button variant="danger" size="sm" onClick={() => setOpen(true)}>
        {kind}…
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-label={kind} className="space-y-3" noValidate>
      <input type="hidden" name="recordId" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <InputField label="终止日期" name="date" type="date" required defaultValue={today} error={errors('date')} />
      <InputField
        label="终止原因"
        name="reason"
        required
        hint="如：调离本单位、本人申请放弃、支部党员大会未通过"
        error={errors('reason')}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          确认{kind}
        </Button>
        <Button variant="ghost" onClick={() => setOpen(false)}>
          取消
        </Button>
      </div>
      <FormStatus state={state} />
    </form>
  );
}
