import { expect } from 'vitest';
import type { Database } from '@/db/client';
import { ActionError, ConflictError } from '@/lib/errors';
import { type AnyAction, callAction } from '@/tests/support/call-action';
import { tableChecksum } from '@/tests/support/test-db';

/** Calls an action, asserts that it was refused and that nothing at all was written; returns the refusal. */
export async function expectRefusedWithNothingWritten(db: Database, action: AnyAction, payload: unknown) {
  const before = tableChecksum(db);
  const result = await callAction(action, payload);
  expect(result).toMatchObject({ ok: false });
  expect(tableChecksum(db)).toEqual(before);
  return result as { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: boolean };
}

export type Refusal = { message: string; fieldErrors: unknown };

/** The refusal a thrown error is, or the error thrown on (a conflict too, when `conflicts` is false). */
function asRefusal(error: unknown, conflicts: boolean): Refusal {
  if (error instanceof ActionError && (conflicts || !(error instanceof ConflictError)))
    return { message: error.message, fieldErrors: error.fieldErrors };
  throw error;
}

/**
 * What a data-layer write refused with, its message and field errors; fails when it was not refused.
 * With `conflicts: false` a stale-version conflict is not taken for a refusal but thrown on.
 */
export function refusalOf(run: () => unknown, { conflicts = true } = {}): Refusal {
  try {
    run();
  } catch (error) {
    return asRefusal(error, conflicts);
  }
  throw new Error('not refused');
}

/** refusalOf for a write that runs asynchronously (one that hashes a password first). */
export async function asyncRefusalOf(run: () => Promise<unknown>, { conflicts = true } = {}): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    return asRefusal(error, conflicts);
  }
  throw new Error('not refused');
}
