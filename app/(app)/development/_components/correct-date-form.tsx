'use client';
import { useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

const control = 'h-8 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300';

/** A recorded date can be corrected only with a reason; both are audited. */
export function CorrectDateForm({
  action,
  step,
}: {
  action: FormAction;
  step: { id: number; version: number; date: string; name: string };
}) {
  const [open, setOpen] = useState(false);
  const { state, pending, onSubmit } = useActionForm(action);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} className="text-xs text-stone-500 hover:text-brand-700">
        更正日期<span className="sr-only">：{step.name}</span>
      </button>
    );
  }
  return (
    <form onSubmit={onSubmit} aria-label={`更正日期：${step.name}`} className="mt-2 flex flex-wrap items-end gap-2">
      <input type="hidden" name="id" value={step.id} />
      <input type="hidden" name="version" value={step.version} />
      <label className="flex flex-col text-xs text-stone-600">
        正确日期
        <input type="date" name="date" defaultValue={step.date} className={control} />
      </label>
      <label className="flex flex-1 flex-col text-xs text-stone-600">
        更正原因
        <input name="reason" className={control} />
      </label>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        保存更正
      </Button>
      <FormStatus state={state} className="w-full text-xs" />
    </form>
  );
}
