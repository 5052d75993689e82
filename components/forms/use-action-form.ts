'use client';
import { useActionState, useTransition, type FormEvent } from 'react';
import type { ActionState } from '@/lib/actions/result';

export type FormAction = (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;

/**
 * Submits a form to a server action without React's automatic form reset, so a refused submit keeps
 * what the user typed next to the errors.
 */
export function useActionForm(action: FormAction) {
  const [state, dispatch, pending] = useActionState(action, null);
  const [, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  const errors = (name: string) => (state && !state.ok ? state.fieldErrors?.[name] : undefined);
  return { state, pending, onSubmit, errors };
}
