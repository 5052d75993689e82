/**
 * The day a branch began keeping its records here: set by the secretary with a reason (kept in the
 * audit trail), never in the future; periods that ended before it are not judged missed.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { completeSetup, createGroup, setRecordsFrom } = await import('@/app/(app)/settings/actions');
const { loadDashboard } = await import('@/db/queries/dashboard');
const { addBranchDefaults } = await import('@/db/defaults');
const { accounts, auditLog, organisations, people } = await import('@/db/schema');
const { branchCompliance } = await import('@/db/queries/compliance');
const { branches } = await import('@/db/schema');
const { todayIso } = await import('@/lib/clock');
const f = await import('@/tests/support/fixtures');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const branch = () => db.select().from(branches).where(eq(branches.id, statisticsId)).get()!;
const year = Number(todayIso().slice(0, 4));
const statesOf = (rows: ReturnType<typeof branchCompliance>, kindName: string) =>
  rows.find((r) => r.rule.kindName === kindName && !r.rule.groupName)!.cells.map((c) => c.state);

describe('开始使用日期', () => {
  it('turns the periods that ended before it from missed into unrecorded, and back when cleared', async () => {
    const secretary = await signInAs('shuji');
    // The demo keeps its whole history here: last August's missing 支委会 counts as missed.
    const judged = statesOf(branchCompliance(secretary, year - 1, todayIso()), '支委会');
    expect(judged).toContain('missed');

    const result = await callAction(setRecordsFrom, {
      version: branch().version,
      recordsFrom: `${year}-01-01`,
      reason: '从今年起在本系统记录',
    });
    expect(result).toMatchObject({ ok: true, message: '开始使用日期已保存' });
    expect(branch().recordsFrom).toBe(`${year}-01-01`);
    expect(statesOf(branchCompliance(secretary, year - 1, todayIso()), '支委会')).not.toContain('missed');
    expect(statesOf(branchCompliance(secretary, year - 1, todayIso()), '支委会')).toContain('unrecorded');

    await callAction(setRecordsFrom, { version: branch().version, recordsFrom: '', reason: '已补录全部历史' });
    expect(branch().recordsFrom).toBeNull();
    expect(statesOf(branchCompliance(secretary, year - 1, todayIso()), '支委会')).toEqual(judged);
  });

  it('refuses a day after today and a change without a reason, writing nothing', async () => {
    await signInAs('shuji');
    const future = await expectRefusedWithNothingWritten(db, setRecordsFrom, {
      version: branch().version,
      recordsFrom: `${year + 1}-01-01`,
      reason: '测试',
    });
    expect(future.fieldErrors?.recordsFrom).toEqual(['开始使用日期不能晚于今天']);
    const noReason = await expectRefusedWithNothingWritten(db, setRecordsFrom, {
      version: branch().version,
      recordsFrom: `${year}-01-01`,
      reason: '',
    });
    expect(noReason.fieldErrors?.reason).toEqual(['请填写修改原因']);
  });

  it('changes only the secretary’s own branch', async () => {
    await signInAs('caizheng');
    const finance = db
      .select()
      .from(branches)
      .where(eq(branches.id, f.branchIdOf(f.financeBranchName)))
      .get()!;
    await callAction(setRecordsFrom, {
      version: finance.version,
      recordsFrom: `${year}-03-01`,
      reason: '财政局开始使用',
    });
    expect(db.select().from(branches).where(eq(branches.id, finance.id)).get()!.recordsFrom).toBe(`${year}-03-01`);
    expect(branch().recordsFrom).toBeNull();
  });
});

describe('上线准备', () => {
  /** A branch as `npm run user:create` leaves it: its secretary, nothing else, records from today. */
  function newBranch() {
    const committee = db.insert(organisations).values({ name: '新党委' }).returning().get();
    const created = db
      .insert(branches)
      .values({ name: '新建党支部', organisationId: committee.id, recordsFrom: todayIso() })
      .returning()
      .get();
    db.transaction((tx) => addBranchDefaults(tx, created.id, created.kind));
    const secretary = db
      .insert(people)
      .values({
        branchId: created.id,
        name: '新书记',
        gender: 'female',
        politicalStatus: 'full',
        committeeTitle: '书记',
      })
      .returning()
      .get();
    db.insert(accounts)
      .values({
        username: 'xinshuji',
        passwordHash: 'x',
        role: 'secretary',
        personId: secretary.id,
        branchId: created.id,
        mustChangePassword: false,
      })
      .run();
    return created;
  }
  const checklistOf = (user: Awaited<ReturnType<typeof signInAs>>) => loadDashboard(user, year, todayIso());

  it('shows a new branch what to set up instead of meeting warnings, each item done once its records exist', async () => {
    const created = newBranch();
    const secretary = await signInAs('xinshuji');
    const first = checklistOf(secretary);
    expect(first.compliance).toBeNull();
    expect(first.setup!.items.map((i) => [i.key, i.done])).toEqual([
      ['groups', false],
      ['roster', false],
      ['accounts', false],
      ['meetings', false],
      ['integrity', false],
      ['project', false],
    ]);

    expect(await callAction(createGroup, { name: '第一党小组' })).toMatchObject({ ok: true });
    db.insert(people)
      .values([
        { branchId: created.id, name: '新党员', gender: 'male', politicalStatus: 'full' },
        { branchId: created.id, name: '新预备党员', gender: 'female', politicalStatus: 'probationary' },
      ])
      .run();
    const next = checklistOf(secretary).setup!.items;
    expect(next.find((i) => i.key === 'groups')).toMatchObject({ done: true, detail: '已设立1个党小组' });
    expect(next.find((i) => i.key === 'roster')).toMatchObject({ done: true, detail: '名册中已有3人' });
    // Someone imported in development brings 补录 into the list, after the roster.
    expect(next.map((i) => i.key).slice(0, 3)).toEqual(['groups', 'roster', 'backfill']);
    expect(next.find((i) => i.key === 'backfill')).toMatchObject({ done: false, href: '/development' });
  });

  it('ends when the secretary says so, audited; from then on the warnings show', async () => {
    const secretary = await signInAs('xinshuji');
    const { version } = checklistOf(secretary).setup!;
    const member = await signInAs('zuzhi');
    expect(await callAction(completeSetup, { version })).toMatchObject({ ok: false, error: '您没有执行此操作的权限' });
    expect(checklistOf(member).setup).toBeNull(); // the demo branch keeps its whole history here

    await signInAs('xinshuji');
    expect(await callAction(completeSetup, { version })).toMatchObject({
      ok: true,
      message: expect.stringContaining('上线准备已完成'),
    });
    const after = checklistOf(secretary);
    expect(after.setup).toBeNull();
    expect(after.compliance).not.toBeNull();
    expect(db.select().from(auditLog).all().at(-1)).toMatchObject({
      action: 'branch.complete_setup',
      entityId: secretary.branchId,
    });
    expect(await callAction(completeSetup, { version: version + 1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('上线准备已于'),
    });
  });
});
