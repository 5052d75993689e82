/**
 * Hostile input: every server action gets 1,000 generated malformed payloads (fast-check, fixed seed),
 * through its schema and its handler, called as a user its permission lets through, so that the refusals
 * come from validation and not from authorization. Each payload must be refused with a Chinese message
 * (`ok: false`, the error and every field error in Chinese), without an unexpected error (nothing thrown,
 * nothing logged by the action wrapper's catch-all), and without a single row written: `total_changes()`
 * of the connection after each call, and a checksum of every table after each action's batch.
 *
 * How the payloads are wrong by construction (mutations of the valid payloads of
 * tests/support/action-table.ts, so near misses, not only noise) is described in
 * tests/support/hostile-input.ts.
 */
import fc from 'fast-check';
import { expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import {
  type Corruption,
  extraKeys,
  fieldsOf,
  invalidFor,
  noiseFor,
  describeValue as show,
  toFormData,
  wrongShapes,
} from '@/tests/support/hostile-input';
import { cookieJar } from '@/tests/support/next-mocks';
import { setSessionUser, signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));
// A password hash at the real cost takes bcryptjs about 0.3 s: the handlers that refuse after hashing
// (an unknown person, a username in use) would dominate the run. The cost is not what is tested here.
vi.mock('bcryptjs', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: typeof import('bcryptjs') }).default;
  const fast = { ...real, hash: (s: string) => real.hash(s, 4), hashSync: (s: string) => real.hashSync(s, 4) };
  return { ...fast, default: fast };
});

const { db } = await setupTestDatabase();
const { invalidInputMessage, unexpectedErrorMessage } = await import('@/server/actions/define-action');
const m = await import('@/tests/support/meetings');
const uploadsDir = m.useTempUploadsDir();
const { actionTable, discoverActions } = await import('@/tests/support/action-table');
const { accounts, auditLog } = await import('@/db/schema');
const { and, eq, gt } = await import('drizzle-orm');
const actions = await discoverActions();

const runsPerAction = 1000;
const seed = 20_251_128;
const chinese = /[\u3400-\u9fff]/;
const totalChanges = db.$client.prepare('SELECT total_changes()').pluck();

// The action wrapper logs what it did not expect before it answers with the generic message.
const logged: unknown[][] = [];
vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
  logged.push(args);
});

/** How often each refusal message came back: the schema's, or a handler's (a record that is not there …). */
const tally = new Map<string, number>();

type Case = { payload: unknown; description: string };

function asCase(payload: unknown, description: string): Case {
  return {
    payload,
    description,
    [fc.toStringMethod]: () => description,
  } as Case;
}

function apply(payload: Record<string, unknown>, key: string, corruption: Corruption) {
  if (corruption.remove) delete payload[key];
  else
    Object.defineProperty(payload, key, {
      value: corruption.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** The malformed payloads for one action, built around its valid payload `base`. */
function hostileCases(name: string, base: Record<string, unknown>): fc.Arbitrary<Case> {
  const fields = fieldsOf(name, base);
  const keys = Object.keys(fields);
  const corruptible = keys.filter((key) => fields[key].kind !== 'checkbox');
  if (corruptible.length === 0) throw new Error(`${name} has no field that can be wrong`);

  // Built once per action: the values each field can be corrupted with (and noised with), per encoding.
  const arbitraries = (form: boolean) => ({
    invalid: Object.fromEntries(
      keys.map((key) => [key, fields[key].kind === 'checkbox' ? null : invalidFor(fields[key], base[key], form)]),
    ),
    noise: Object.fromEntries(keys.map((key) => [key, noiseFor(fields[key], base[key], form)])),
  });

  const nearValid = (form: boolean) => {
    const { invalid, noise } = arbitraries(form);
    return fc
      .constantFrom(...corruptible)
      .chain((target) => {
        const others = keys.filter((key) => key !== target);
        return fc.tuple(
          fc.constant(target),
          invalid[target]!,
          fc
            .subarray(others, { maxLength: Math.min(3, others.length) })
            .chain((noised) => fc.tuple(...noised.map((key) => noise[key].map((c) => [key, c] as const)))),
          fc.option(extraKeys, { freq: 4 }),
        );
      })
      .map(([target, corruption, noised, extra]) => {
        const payload: Record<string, unknown> = { ...base };
        const notes: string[] = [];
        for (const [key, c] of [[target, corruption] as const, ...noised]) {
          apply(payload, key, c);
          notes.push(`${key}${key === target ? ' (wrong)' : ''}: ${c.remove ? 'removed' : show(c.value)}`);
        }
        for (const [key, value] of Object.entries(extra ?? {})) {
          if (key in fields) continue;
          apply(payload, key, { value });
          notes.push(`extra ${key}: ${show(value)}`);
        }
        return asCase(form ? toFormData(payload) : payload, `${form ? 'FormData' : 'object'} ${notes.join('; ')}`);
      });
  };

  return fc.oneof(
    { weight: 6, arbitrary: nearValid(false) },
    { weight: 3, arbitrary: nearValid(true) },
    { weight: 1, arbitrary: wrongShapes(base).map((payload) => asCase(payload, `wrong shape: ${show(payload)}`)) },
  );
}

function seedOf(name: string): number {
  let hash = seed;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

it('covers every exported server action', () => {
  expect([...actions.keys()].sort()).toEqual(Object.keys(actionTable).sort());
});

for (const name of Object.keys(actionTable).sort()) {
  it(`${name} refuses ${runsPerAction} malformed inputs in Chinese, writing nothing`, async () => {
    const row = actionTable[name];
    const action = actions.get(name)!;
    // Loaded once, not on every call as the real session is: who calls is not what is tested here.
    const user = await signInAs(row.allowed[0]);
    setSessionUser(user);
    const base = row.payload(user) as Record<string, unknown>;

    const caller = {
      ...db
        .select({ failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
        .from(accounts)
        .where(eq(accounts.id, user.accountId))
        .get()!,
      lastAudit: db.$client.prepare('SELECT coalesce(max(id), 0) FROM audit_log').pluck().get() as number,
    };
    const before = tableChecksum(db);
    const filesBefore = m.filesUnder(uploadsDir);
    const cookiesBefore = JSON.stringify([...cookieJar]);

    await fc.assert(
      fc.asyncProperty(hostileCases(name, base), async ({ payload }) => {
        logged.length = 0;
        const changes = totalChanges.get();
        const outcome = await callAction(action, payload);
        if (!('redirected' in outcome) && !outcome.ok) tally.set(outcome.error, (tally.get(outcome.error) ?? 0) + 1);

        if ('redirected' in outcome || outcome.ok) throw new Error(`accepted: ${JSON.stringify(outcome)}`);
        expect(outcome.error, 'an unexpected error').not.toBe(unexpectedErrorMessage);
        expect(
          logged.map((args) => args.map(String).join(' ')),
          'nothing logged as unexpected',
        ).toEqual([]);
        expect(outcome.error, 'the refusal is in Chinese').toMatch(chinese);
        for (const [field, messages] of Object.entries(outcome.fieldErrors ?? {})) {
          for (const message of messages) expect(message, `field error of ${field} in Chinese`).toMatch(chinese);
        }
        if (!row.countsRefusals) expect(totalChanges.get(), 'no row written').toBe(changes);
      }),
      { seed: seedOf(name), numRuns: runsPerAction },
    );
    // A counted attempt (and the lock it may bring, audited) is the only trace a refusal may leave:
    // take it back, and nothing else differs.
    if (row.countsRefusals) {
      db.update(accounts)
        .set({ failedAttempts: caller.failedAttempts, lockedUntil: caller.lockedUntil })
        .where(eq(accounts.id, user.accountId))
        .run();
      db.delete(auditLog)
        .where(
          and(
            eq(auditLog.action, 'account.locked'),
            eq(auditLog.entityId, user.accountId),
            gt(auditLog.id, caller.lastAudit),
          ),
        )
        .run();
    }

    const after = tableChecksum(db);
    expect(after.counts, 'row counts').toEqual(before.counts);
    expect(after.checksum, 'every table byte for byte').toBe(before.checksum);
    expect(m.filesUnder(uploadsDir), 'no file stored').toEqual(filesBefore);
    expect(JSON.stringify([...cookieJar]), 'no cookie set').toBe(cookiesBefore);
  }, 60_000);
}

it('got past the schemas to the handlers too (unknown records, stale versions, files of the wrong type …)', () => {
  const total = [...tally.values()].reduce((a, b) => a + b, 0);
  const fromHandlers = total - (tally.get(invalidInputMessage) ?? 0);
  expect(total).toBeGreaterThanOrEqual(Object.keys(actionTable).length * runsPerAction);
  expect(fromHandlers, [...tally].map(([message, n]) => `${n} ${message}`).join('\n')).toBeGreaterThan(total / 20);
});
