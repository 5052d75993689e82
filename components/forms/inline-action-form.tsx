'use client';
import type { ReactNode } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

type Props = {
  action: FormAction;
  hidden: Record<string, string | number>;
  submitLabel: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Asked before submitting (removals, irreversible steps); cancelling sends nothing. */
  confirm?: string;
  /** Empties the inputs after a successful submit (a form that adds one item after another). */
  resetOnSuccess?: boolean;
  children?: ReactNode;
};

/** One small form in a list or toolbar: hidden keys, optional inputs, a button and its outcome. */
export function InlineActionForm({
  action,
  hidden,
  submitLabel,
  variant = 'secondary',
  confirm,
  resetOnSuccess,
  children,
}: Props) {
  const { state, pending, onSubmit } = useActionForm(action, { confirm, resetOnSuccess });
  const fieldErrors = state && !state.ok ? Object.values(state.fieldErrors ?? {}).flat() : [];
  return (
    <form onSubmit={onSubmit} className="space-y-1.5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-end gap-2">
        {children}
        <Button type="submit" size="sm" variant={variant} disabled={pending}>
          {submitLabel}
        </Button>
      </div>
      <FormStatus state={state} className="text-xs" />
      {fieldErrors.length > 0 && <p className="text-xs text-red-700">{fieldErrors.join('；')}</p>}
    </form>
  );
}
