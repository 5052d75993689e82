/**
 * No lost edits, for every versioned write: each action of the action table whose payload names the
 * version the editor loaded is called twice with the same payload. The first save replaces the
 * version; the second, made with the version the first replaced, must be refused and write nothing.
 */
import { expect, it, vi } from 'vitest';
import { callAction, refusal, succeeded } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const m = await import('@/tests/support/meetings');
m.useTempUploadsDir();
const { actionTable, discoverActions } = await import('@/tests/support/action-table');

const namesAVersion = (payload: unknown) =>
  typeof payload === 'object' && payload !== null && typeof (payload as { version?: unknown }).version === 'number';

it('refuses a save made with a version another save has replaced, for every versioned action, writing nothing', async () => {
  const actions = await discoverActions();
  const checked: string[] = [];
  for (const [name, row] of Object.entries(actionTable)) {
    if (row.allowed.length === 0) continue;
    const user = await signInAs(row.allowed[0]);
    const payload = row.payload(user);
    if (!namesAVersion(payload)) continue;
    checked.push(name);
    const action = actions.get(name)!;

    const first = await callAction(action, payload);
    expect.soft(succeeded(first), `${name}: the first save goes through: ${JSON.stringify(first)}`).toBe(true);
    const before = tableChecksum(db);
    const stale = await callAction(action, payload);
    expect.soft(refusal(stale), `${name}: the stale save is refused`).not.toBeNull();
    expect.soft(tableChecksum(db).checksum, `${name}: the stale save writes nothing`).toBe(before.checksum);
  }
  // Every kind of record the app edits in place carries a version; the table grows with the app.
  expect(checked.length, checked.join(', ')).toBeGreaterThanOrEqual(46);
}, 60_000);
