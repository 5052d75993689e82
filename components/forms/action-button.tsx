'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

type Props = {
  action: FormAction;
  hidden: Record<string, string | number>;
  label: string;
  /** Read after the label by screen readers, so that a row's buttons have names of their own ("上移 <row>"). */
  target?: string;
  variant?: 'secondary' | 'danger' | 'ghost';
  /** Asked before submitting; cancelling sends nothing. */
  confirm?: string;
};

/** One compact button of a row's tools (move, remove …); only a refusal is shown next to it. */
export function ActionButton({ action, hidden, label, target, variant = 'ghost', confirm }: Props) {
  const { state, pending, onSubmit } = useActionForm(action, { confirm });
  return (
    <form onSubmit={onSubmit} className="inline-flex items-center gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" size="sm" variant={variant} disabled={pending} className="px-2">
        {label}
        {target && <span className="sr-only"> {target}</span>}
      </Button>
      {state && !state.ok && <FormStatus state={state} className="px-2 py-1 text-xs" />}
    </form>
  );
}
