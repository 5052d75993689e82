import { cn } from '@/components/ui/cn';
import type { ActionState } from '@/lib/actions/result';

/** The outcome of the last submit, announced to screen readers. */
export function FormStatus({ state, className }: { state: ActionState; className?: string }) {
  return (
    <p
      role="status"
      className={cn(
        'text-sm',
        !state && 'sr-only',
        state?.ok === true && 'text-emerald-700',
        state?.ok === false && 'rounded-md bg-red-50 px-3 py-2 text-red-800 ring-1 ring-red-200',
        className,
      )}
    >
      {state ? (state.ok ? state.message : state.error) : ''}
    </p>
  );
}
