/**
 * The day a branch began keeping its records here: set by the secretary with a reason (kept in the
 * audit trail), never in the future; periods that ended before it are not judged missed.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '../support/call-action';
import { expectRefusedWithNothingWritten } from '../support/refused';
import { signInAs } from '../support/session';
import { setupTestDatabase } from '../support/test-db';

vi.mock('@/lib/auth/current-user', () => import('../support/session'));
vi.mock('next/cache', () => import('../support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('../support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { setRecordsFrom } = await import('@/app/(app)/settings/actions');
const { branchCompliance } = await import('@/db/queries/compliance');
const { branches } = await import('@/db/schema');
const { todayIso } = await import('@/lib/clock');
const f = await import('../support/fixtures');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const branch = () => db.select().from(branches).where(eq(branches.id, statisticsId)).get()!;
const year = Number(todayIso().slice(0, 4));
const statesOf = (rows: ReturnType<typeof branchCompliance>, kindName: string) => rows.find((r) => r.rule.kindName === kindName && !r.rule.groupName)!.cells.map((c) => c.state);

describe('开始使用日期', () => {
  it('turns the periods that ended before it from missed into unrecorded, and back when cleared', async () => {
    const secretary = await signInAs('shuji');
    // The demo keeps its whole history here: last August's missing 支委会 counts as missed.
    const judged = statesOf(branchCompliance(secretary, year - 1, todayIso()), '支委会');
    expect(judged).toContain('missed');

    const result = await callAction(setRecordsFrom, { version: branch().version, recordsFrom: `${year}-01-01`, reason: '从今年起在本系统记录' });
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
    const future = await expectRefusedWithNothingWritten(db, setRecordsFrom, { version: branch().version, recordsFrom: `${year + 1}-01-01`, reason: '测试' });
    expect(future.fieldErrors?.recordsFrom).toEqual(['开始使用日期不能晚于今天']);
    const noReason = await expectRefusedWithNothingWritten(db, setRecordsFrom, { version: branch().version, recordsFrom: `${year}-01-01`, reason: '' });
    expect(noReason.fieldErrors?.reason).toEqual(['请填写修改原因']);
  });

  it('changes only the secretary’s own branch', async () => {
    await signInAs('caizheng');
    const finance = db.select().from(branches).where(eq(branches.id, f.branchIdOf(f.financeBranchName))).get()!;
    await callAction(setRecordsFrom, { version: finance.version, recordsFrom: `${year}-03-01`, reason: '财政局开始使用' });
    expect(db.select().from(branches).where(eq(branches.id, finance.id)).get()!.recordsFrom).toBe(`${year}-03-01`);
    expect(branch().recordsFrom).toBeNull();
  });
});
