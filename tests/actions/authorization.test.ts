/**
 * Who may call which server action: one table, one test.
 *
 * Every server action of the app is listed in its area's table (tests/actions/<area>.authz.ts, assembled by
 * tests/support/action-table.ts) with the demo users its permission lets through. A NEW ACTION GOES IN ITS
 * AREA'S TABLE: the test finds every module marked 'use server' and fails if an action it exports is in no
 * table. Each has a payload that is valid for the caller's branch, so that a refusal can only come from
 * authorization.
 */
import { expect, it, vi } from 'vitest';
import { callAction, succeeded } from '@/tests/support/call-action';
import { cookieJar } from '@/tests/support/next-mocks';
import { demoUsers, signInAs } from '@/tests/support/session';
import { setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { forbiddenMessage } = await import('@/server/actions/define-action');
const m = await import('@/tests/support/meetings');
const uploadsDir = m.useTempUploadsDir();
const { actionTable: table, discoverActions } = await import('@/tests/support/action-table');

type Audit = { account_id: number | null; branch_id: number | null; entity: string; entity_id: number | null };

it('refuses every (action × demo user) pair the permissions do not allow, writing nothing, and lets the others through, each leaving one audit entry', async () => {
  const actions = await discoverActions();
  expect([...actions.keys()].sort(), 'every exported server action is in the table').toEqual(Object.keys(table).sort());

  let refused = 0;
  let allowed = 0;
  for (const [name, row] of Object.entries(table)) {
    const action = actions.get(name)!;
    for (const username of demoUsers) {
      const user = await signInAs(username);
      const payload = row.payload(user);
      const label = `${name} as ${username}`;

      if (row.allowed.includes(username)) {
        const before = row.audits === 'nothing' ? tableChecksum(db) : null;
        const lastAudit = db.$client.prepare('SELECT max(id) FROM audit_log').pluck().get() as number;
        const result = await callAction(action, payload);
        expect.soft(result, label).not.toEqual({ ok: false, error: forbiddenMessage });
        expect.soft(succeeded(result), `${label} goes through: ${JSON.stringify(result)}`).toBe(true);
        const entries = db.$client
          .prepare('SELECT account_id, branch_id, organisation_id, entity, entity_id FROM audit_log WHERE id > ?')
          .all(lastAudit) as Audit[];
        if (row.audits === 'nothing') {
          expect.soft(tableChecksum(db).checksum, `${label}: writes no row`).toBe(before?.checksum);
        } else {
          // An organisation's account files its entries under its organisation, unless it reviewed a branch's report.
          const owner =
            user.organisationId === null
              ? { branch_id: user.branchId, organisation_id: null }
              : row.reviewsBranch
                ? { branch_id: row.reviewsBranch(user), organisation_id: null }
                : { branch_id: null, organisation_id: user.organisationId };
          expect.soft(entries, `${label}: exactly one audit entry, by the caller, for the caller's branch`).toEqual([
            {
              account_id: user.accountId,
              ...owner,
              entity: expect.any(String),
              entity_id: row.audits === 'batch' ? null : expect.any(Number),
            },
            ...(row.alsoAuditsBranch
              ? [
                  {
                    account_id: user.accountId,
                    branch_id: row.alsoAuditsBranch(user),
                    organisation_id: null,
                    entity: expect.any(String),
                    entity_id: expect.any(Number),
                  },
                ]
              : []),
          ]);
        }
        allowed++;
      } else {
        const before = tableChecksum(db);
        const cookiesBefore = JSON.stringify([...cookieJar]);
        const uploadsBefore = m.filesUnder(uploadsDir);
        const result = await callAction(action, payload);
        expect.soft(result, label).toEqual({ ok: false, error: forbiddenMessage });
        const after = tableChecksum(db);
        expect.soft(after.counts, `${label}: row counts (audit_log included)`).toEqual(before.counts);
        expect.soft(after.checksum, `${label}: nothing written`).toBe(before.checksum);
        expect.soft(JSON.stringify([...cookieJar]), `${label}: no cookie set`).toBe(cookiesBefore);
        expect.soft(m.filesUnder(uploadsDir), `${label}: no file stored`).toEqual(uploadsBefore);
        refused++;
      }
    }
  }
  expect(allowed + refused).toBe(Object.keys(table).length * demoUsers.length);
  expect(refused).toBeGreaterThan(0);
  // Every table row × 5 users, each refusal with two whole-database checksums: minutes on a busy 2-core machine.
}, 240_000);
