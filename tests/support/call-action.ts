import type { ActionResult } from '@/lib/actions/result';

export type CallOutcome = ActionResult | { redirected: string };

// Any action made by `defineAction`: (previousState, payload) => Promise<ActionResult>.
// biome-ignore lint/suspicious/noExplicitAny: actions differ in payload and data; a caller of any of them cannot name one type.
export type AnyAction = (previous: any, payload: any) => Promise<ActionResult<any>>;

/**
 * Calls a server action the way a form would. `redirect()` throws NEXT_REDIRECT, which the wrapper
 * rethrows; here it counts as success and comes back as `{ redirected: url }`.
 */
export async function callAction(action: AnyAction, payload: unknown): Promise<CallOutcome> {
  try {
    return await action(null, payload);
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith('NEXT_REDIRECT')) {
      return { redirected: digest.split(';').slice(2, -2).join(';') };
    }
    throw error;
  }
}

/** A call that went through: `{ ok: true }` or a redirect. */
export function succeeded(outcome: CallOutcome): boolean {
  return 'redirected' in outcome || outcome.ok;
}

/** The refusal message of a refused call, or null if it went through. */
export function refusal(outcome: CallOutcome): string | null {
  return 'redirected' in outcome || outcome.ok ? null : outcome.error;
}
