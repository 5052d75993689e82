import { expect } from 'vitest';
import type { Database } from '@/db/client';
import { callAction, type AnyAction } from './call-action';
import { tableChecksum } from './test-db';

/** Calls an action, asserts that it was refused and that nothing at all was written; returns the refusal. */
export async function expectRefusedWithNothingWritten(db: Database, action: AnyAction, payload: unknown) {
  const before = tableChecksum(db);
  const result = await callAction(action, payload);
  expect(result).toMatchObject({ ok: false });
  expect(tableChecksum(db)).toEqual(before);
  return result as { ok: false; error: string; fieldErrors?: Record<string, string[]>; conflict?: boolean };
}
