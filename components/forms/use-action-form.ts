'use client';
import { type FormEvent, useActionState, useEffect, useRef, useState, useTransition } from 'react';
import type { ActionResult, ActionState } from '@/lib/actions/result';

export type FormAction = (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;

/**
 * Submits a form to a server action without React's automatic form reset, so a refused submit keeps
 * what the user typed next to the errors. Forms that add one item after another can ask to be
 * emptied after a successful submit; forms that remove something can ask for a confirmation first.
 */
export function useActionForm(
  action: FormAction,
  { resetOnSuccess = false, confirm }: { resetOnSuccess?: boolean; confirm?: string } = {},
) {
  const [sent, dispatch, pending] = useActionState(action, null);
  // A refusal decided in the browser, before anything is sent (a file over its size limit).
  const [refusedHere, setRefusedHere] = useState<ActionResult<unknown> | null>(null);
  const state = refusedHere ?? sent;
  const [, startTransition] = useTransition();
  const form = useRef<HTMLFormElement | null>(null);
  useEffect(() => {
    if (resetOnSuccess && sent?.ok) form.current?.reset();
  }, [sent, resetOnSuccess]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const tooLarge = oversizedFile(event.currentTarget);
    setRefusedHere(tooLarge);
    if (tooLarge) return;
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

/**
 * A file input may name its limit (`data-max-bytes`): a file over it is refused here, with the limit
 * in the message, rather than sent — a body over the server's limit would only come back as an error
 * page.
 */
function oversizedFile(form: HTMLFormElement): ActionResult<unknown> | null {
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"][data-max-bytes]')) {
    const limit = Number(input.dataset.maxBytes);
    const file = input.files?.[0];
    if (file && file.size > limit) {
      const message = `文件不能超过${Math.round(limit / (1024 * 1024))}MB（所选文件约 ${(file.size / (1024 * 1024)).toFixed(1)}MB）`;
      return { ok: false, error: message, fieldErrors: { [input.name]: [message] } };
    }
  }
  return null;
}
