'use client';
import { useActionState, useEffect, useRef, useTransition, type FormEvent } from 'react';
import type { ActionState } from '@/lib/actions/result';

export type FormAction = (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;

/**
 * Submits a form to a server action without React's automatic form reset, so a refused submit keeps
 * what the user typed next to the errors. Forms that add one item after another can ask to be
 * emptied after a successful submit; forms that remove something can ask for a confirmation first.
 */
export function useActionForm(action: FormAction, { resetOnSuccess = false, confirm }: { resetOnSuccess?: boolean; confirm?: string } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (resetOnSuccess && state?.ok) form.current?.reset();
  }, [state, resetOnSuccess]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Asked before removals and irreversible steps; cancelling sends nothing.
    if (confirm && !window.confirm(confirm)) return;
    form.current = event.currentTarget;
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  const errors = (name: string) => (state && !state.ok ? fieldErrorsUnder(state.fieldErrors ?? {}, name) : undefined);
  return { state, pending, onSubmit, errors };
}

/** A field's errors, with those of its rows ("outputs.0.quantity") numbered as the user sees them. */
function fieldErrorsUnder(fieldErrors: Record<string, string[]>, name: string): string[] | undefined {
  const out: string[] = [];
  for (const [key, messages] of Object.entries(fieldErrors)) {
    if (key === name) out.push(...messages);
    else if (key.startsWith(`${name}.`)) {
      const row = Number(key.split('.')[1]);
      out.push(...messages.map((m) => (Number.isInteger(row) ? `第${row + 1}项：${m}` : m)));
    }
  }
  return out.length ? out : undefined;
}
