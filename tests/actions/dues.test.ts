/**
 * 党费 through its server actions: bases set once and changed mid-year with a reason, payments of one or
 * many members checked against what their months are due (duplicates, months not owed, more than a year
 * ahead, amounts that differ), reliefs that may not overlap, soft removal with a reason, and that a
 * member's months follow.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/dues/actions');
const { personDues } = await import('@/db/queries/dues');
const { auditLog, duesPayments } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');
const d = await import('@/tests/support/dues');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);
const year = { from: '2026-01', to: '2026-12' };

const payment = (personIds: number[], over: Record<string, unknown> = {}) => ({
  personIds: personIds.map(String),
  fromMonth: '2026-01',
  toMonth: '2026-03',
  paidOn: '2026-03-05',
  method: 'cash',
  receiptNo: '',
  reason: '',
  ...over,
});

describe('bases', () => {
  it('sets a base from a month, refuses a second for the same month and a mid-year change without a reason', async () => {
    const shuji = await signInAs('shuji');
    const person = d.insertMember(statisticsId);
    const base = {
      personId: person.id,
      category: 'in_service',
      base: '5000',
      fixed: '',
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-06',
      reason: '',
    };
    expect(await callAction(actions.setDuesBase, base)).toMatchObject({ ok: true });
    expect(personDues(shuji, person.id, year).months[0]).toMatchObject({ dueFen: 5000, state: 'arrears' });
    const again = await expectRefusedWithNothingWritten(db, actions.setDuesBase, base);
    expect(again.error).toContain('2026年1月起已有党费基数');
    const change = { ...base, base: '6000', effectiveMonth: '2026-07', assessedOn: '2026-07-02' };
    expect((await expectRefusedWithNothingWritten(db, actions.setDuesBase, change)).error).toBe(
      '年度中间调整党费基数，请填写调整原因',
    );
    expect(await callAction(actions.setDuesBase, { ...change, reason: '职务晋升调资' })).toMatchObject({ ok: true });
    expect(personDues(shuji, person.id, year).months[6]).toMatchObject({ dueFen: 9000 });
  });

  it('asks a banded category for its base and a farmer for an amount of 0.2–1 元', async () => {
    await signInAs('shuji');
    const person = d.insertMember(statisticsId);
    const base = {
      personId: person.id,
      category: 'retired',
      base: '',
      fixed: '',
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-06',
      reason: '',
    };
    expect((await expectRefusedWithNothingWritten(db, actions.setDuesBase, base)).fieldErrors?.base).toEqual([
      '请填写基数（元）',
    ]);
    const farmer = { ...base, category: 'farmer', fixed: '2' };
    expect((await expectRefusedWithNothingWritten(db, actions.setDuesBase, farmer)).fieldErrors?.fixed).toEqual([
      '农民党员每月交纳0.2元至1元',
    ]);
  });

  it('refuses someone who is not a member, and a person of another branch', async () => {
    await signInAs('shuji');
    const activist = d.insertMember(statisticsId, {
      politicalStatus: 'activist',
      probationaryDate: null,
      fullMemberDate: null,
    });
    const base = {
      personId: activist.id,
      category: 'in_service',
      base: '5000',
      fixed: '',
      effectiveMonth: '2026-01',
      assessedOn: '2026-01-06',
      reason: '',
    };
    expect((await expectRefusedWithNothingWritten(db, actions.setDuesBase, base)).error).toBe(
      '只有党员（含预备党员）交纳党费',
    );
    const other = d.insertMember(financeId);
    await expectRefusedWithNothingWritten(db, actions.setDuesBase, { ...base, personId: other.id });
  });
});

describe('payments', () => {
  it('records a quarter for several members at what their months are due, one audit entry each', async () => {
    const shuji = await signInAs('shuji');
    const a = d.insertAssessedMember(statisticsId);
    const b = d.insertAssessedMember(statisticsId);
    const result = await callAction(actions.recordDuesPayments, payment([a.id, b.id]));
    expect(result).toMatchObject({ ok: true, message: '已登记 2 名党员交纳党费，共 240.00 元' });
    const rows = db.select().from(duesPayments).where(eq(duesPayments.personId, a.id)).all();
    expect(rows).toMatchObject([{ amountFen: 12000, dueFen: 12000, fromMonth: '2026-01', toMonth: '2026-03' }]);
    const audits = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'dues.payment.record'), eq(auditLog.entityId, rows[0].id)))
      .all();
    expect(audits).toHaveLength(1);
    expect(
      personDues(shuji, a.id, year)
        .months.slice(0, 4)
        .map((m) => m.state),
    ).toEqual(['paid', 'paid', 'paid', 'arrears']);
  });

  it('refuses a month already paid, for the whole batch, naming the member', async () => {
    await signInAs('zuzhi');
    const a = d.insertAssessedMember(statisticsId);
    const b = d.insertAssessedMember(statisticsId);
    d.insertPayment(statisticsId, b.id, { fromMonth: '2026-02', toMonth: '2026-02', paidOn: '2026-02-03' });
    const refused = await expectRefusedWithNothingWritten(db, actions.recordDuesPayments, payment([a.id, b.id]));
    expect(refused.error).toMatch(new RegExp(`^${b.name}：2026年2月已交纳`));
  });

  it('takes a year in advance and not more', async () => {
    await signInAs('shuji');
    const a = d.insertAssessedMember(statisticsId);
    const ahead = payment([a.id], { fromMonth: '2026-11', toMonth: '2027-11', paidOn: '2026-11-20' });
    expect((await expectRefusedWithNothingWritten(db, actions.recordDuesPayments, ahead)).error).toContain(
      '预交党费最多一年',
    );
    d.insertPayment(statisticsId, a.id, { fromMonth: '2026-01', toMonth: '2026-10', amountFen: 40000, dueFen: 40000 });
    expect(await callAction(actions.recordDuesPayments, { ...ahead, toMonth: '2027-10' })).toMatchObject({ ok: true });
  });

  it('asks why an amount differs from what is due, and keeps the reason', async () => {
    await signInAs('shuji');
    const a = d.insertAssessedMember(statisticsId);
    const short = payment([a.id], { [`amount.${a.id}`]: '100' });
    const refused = await expectRefusedWithNothingWritten(db, actions.recordDuesPayments, short);
    expect(refused.error).toBe(`${a.name}应交 120.00 元，登记的是 100.00 元：金额与应交不符，请填写原因`);
    expect(await callAction(actions.recordDuesPayments, { ...short, reason: '3月工资未发，下月补足' })).toMatchObject({
      ok: true,
    });
    expect(db.select().from(duesPayments).where(eq(duesPayments.personId, a.id)).get()).toMatchObject({
      amountFen: 10000,
      dueFen: 12000,
      reason: '3月工资未发，下月补足',
    });
  });

  it('refuses months before a probationary member was admitted', async () => {
    await signInAs('shuji');
    const p = d.insertMember(statisticsId, {
      politicalStatus: 'probationary',
      probationaryDate: '2026-02-15',
      fullMemberDate: null,
    });
    d.insertBase(statisticsId, p.id);
    const refused = await expectRefusedWithNothingWritten(db, actions.recordDuesPayments, payment([p.id]));
    expect(refused.error).toBe(`${p.name}：2026年1月无需交纳：不在本支部党员期间（入党前、转入前或转出后）`);
    expect(await callAction(actions.recordDuesPayments, payment([p.id], { fromMonth: '2026-02' }))).toMatchObject({
      ok: true,
    });
  });

  it('removes a payment softly with its reason, and the months are owed again', async () => {
    const shuji = await signInAs('shuji');
    const a = d.insertAssessedMember(statisticsId);
    const paid = d.insertPayment(statisticsId, a.id);
    const removal = { id: paid.id, version: paid.version, reason: '重复登记' };
    expect(await callAction(actions.removeDuesPayment, removal)).toMatchObject({ ok: true });
    expect(personDues(shuji, a.id, year).months[0].state).toBe('arrears');
    const stale = await expectRefusedWithNothingWritten(db, actions.removeDuesPayment, removal);
    expect(stale).toMatchObject({ ok: false });
  });
});

describe('reliefs', () => {
  it('excuses the months of a 免交 and refuses an overlapping one', async () => {
    const shuji = await signInAs('shuji');
    const a = d.insertAssessedMember(statisticsId);
    const relief = {
      personId: a.id,
      kind: 'exempt',
      monthly: '',
      fromMonth: '2026-04',
      untilMonth: '2026-09',
      reason: '重病住院，生活困难',
      decidedOn: '2026-03-28',
      approvedBy: '旗直属机关党工委',
    };
    expect(await callAction(actions.createDuesRelief, relief)).toMatchObject({ ok: true });
    expect(
      personDues(shuji, a.id, year)
        .months.slice(3, 10)
        .map((m) => m.state),
    ).toEqual(['exempt', 'exempt', 'exempt', 'exempt', 'exempt', 'exempt', 'arrears']);
    const overlap = await expectRefusedWithNothingWritten(db, actions.createDuesRelief, {
      ...relief,
      fromMonth: '2026-09',
      untilMonth: '2026-12',
    });
    expect(overlap.error).toContain('时间不能重叠');
    const reduced = { ...relief, kind: 'reduced', fromMonth: '2026-10', untilMonth: '2026-12' };
    expect((await expectRefusedWithNothingWritten(db, actions.createDuesRelief, reduced)).fieldErrors?.monthly).toEqual(
      ['少交请填写每月交纳金额'],
    );
  });
});
