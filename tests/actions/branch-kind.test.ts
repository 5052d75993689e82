/**
 * The branch's kind in 支部设置: the secretary changes it (audited, versioned); nothing already recorded
 * is renamed — only what comes later follows the new kind — and the settings page offers the new kind's
 * ledgers that are not yet switched on.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { setSessionUser } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { setBranchKind } = await import('@/app/(app)/settings/actions');
const { branchKindSettings } = await import('@/db/queries/branch-kind');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { branches, ledgers, meetingKinds, workOutputCategories } = await import('@/db/schema');

const branch = fb.freshBranch('类别测试支部');
const secretary = fb.addAccount(branch, 'secretary');
const committee = fb.addAccount(branch, 'committee');
const row = () => db.select().from(branches).where(eq(branches.id, branch.id)).get()!;
const names = () => ({
  kinds: db.select({ name: meetingKinds.name }).from(meetingKinds).where(eq(meetingKinds.branchId, branch.id)).all(),
  categories: db
    .select({ name: workOutputCategories.name })
    .from(workOutputCategories)
    .where(eq(workOutputCategories.branchId, branch.id))
    .all(),
  ledgers: db.select({ name: ledgers.name }).from(ledgers).where(eq(ledgers.branchId, branch.id)).all(),
});

describe('单位类别', () => {
  it('is changed by the secretary, audited, renaming nothing already there', async () => {
    setSessionUser(secretary);
    const before = names();
    const auditBefore = f.lastAuditId();
    const result = await callAction(setBranchKind, { version: row().version, kind: 'village' });
    expect(result).toMatchObject({ ok: true, message: '单位类别已保存' });
    expect(row().kind).toBe('village');
    expect(names()).toEqual(before);
    const [entry] = await f.auditEntriesAfter(auditBefore);
    expect(entry).toMatchObject({ action: 'branch.set_kind', entityId: branch.id });
    expect(entry.before).toMatchObject({ kind: 'agency' });
    expect(entry.after).toMatchObject({ kind: 'village' });
  });

  it('offers what the new kind keeps that the branch has not switched on', () => {
    const settings = branchKindSettings({ branchId: branch.id });
    expect(settings.kind).toBe('village');
    // A 机关 branch starts without the village's 集体经济, 阵地建设 and 党建工作经费 ledgers.
    expect(settings.ledgerTemplates).not.toContain('collective_economy');
    expect(settings.ledgerTemplates).toContain('honours');
  });

  it('refuses a stale version, the same kind, an unknown kind and the committee, writing nothing', async () => {
    setSessionUser(secretary);
    const stale = await expectRefusedWithNothingWritten(db, setBranchKind, {
      version: row().version - 1,
      kind: 'school',
    });
    expect(stale.conflict).toBe(true);
    const same = await expectRefusedWithNothingWritten(db, setBranchKind, { version: row().version, kind: 'village' });
    expect(same.fieldErrors?.kind).toEqual(['与现在的类别相同']);
    const unknown = await expectRefusedWithNothingWritten(db, setBranchKind, { version: row().version, kind: 'army' });
    expect(unknown.fieldErrors?.kind).toEqual(['请选择单位类别']);
    setSessionUser(committee);
    await expectRefusedWithNothingWritten(db, setBranchKind, { version: row().version, kind: 'school' });
  });
});
