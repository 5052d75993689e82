export type ActionResult<T = unknown> =
  | { ok: true; message: string; data?: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: boolean; current?: unknown };

/** What a form's `useActionState` holds before the first submit. */
export type ActionState<T = unknown> = ActionResult<T> | null;
