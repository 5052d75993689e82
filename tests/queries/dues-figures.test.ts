/**
 * The report's 党费 figures (db/report/figures/sources/dues.ts through computeFigures): money collected by
 * the day paid and passed up by the day handed over, exact from 分; and of the members who owed dues in
 * the year or a quarter up to the current month, how many, who paid every month in full and on time, that
 * rate, and who is in arrears — each month's state read from duesLedger, the ledger page's rule. A prepaid
 * month is on time, a late 补交 is not, a short payment is not in full, an exempt month is fine, a person
 * not yet admitted owes nothing. The records behind: the payments, the handovers, the people, shown only
 * to readers of the ledger. Over a new branch on a pinned day.
 */
import { describe, expect, it, vi } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { duesLedger, paymentsReceived } = await import('@/db/queries/dues');
const { figuresForReader } = await import('@/lib/report/figure-types');
const { periodRange } = await import('@/lib/report/period');
const fb = await import('@/tests/queries/fresh-branch');
const d = await import('@/tests/support/dues');
const { monthsFromTo } = await import('@/lib/dues/month');
const s = await import('@/db/schema');

// The current month is 2026-11: December is not owed yet, November is due and not late until it is over.
vi.stubEnv('ZHIBU_TODAY', '2026-11-20');

const year = 2026;

const branch = fb.freshBranch('党费数字测试支部');
const scope = { branchId: branch.id };

/** A member assessed from January at the helpers' base: 40 元 a month. */
function member(name: string, values: Partial<typeof s.people.$inferInsert> = {}) {
  const person = d.insertMember(branch.id, { name, ...values });
  d.insertBase(branch.id, person.id);
  return person;
}
const monthly = 4000;

/** A payment of what the months were due, unless told otherwise. */
function pay(
  person: { id: number; branchId: number },
  fromMonth: string,
  toMonth: string,
  paidOn: string,
  values: Partial<typeof s.duesPayments.$inferInsert> = {},
) {
  const due = monthsFromTo(fromMonth, toMonth).length * monthly;
  return d.insertPayment(person.branchId, person.id, {
    fromMonth,
    toMonth,
    paidOn,
    amountFen: due,
    dueFen: due,
    ...values,
  });
}

const handOver = (
  branchId: number,
  fromMonth: string,
  toMonth: string,
  handedOn: string,
  amountFen: number,
  values = {},
) => d.insertHandover(branchId, { fromMonth, toMonth, handedOn, amountFen, ...values });

// Paid the whole year in advance in January.
const prepaid = member('预交');
const pPrepaid = pay(prepaid, '2026-01', '2026-12', '2026-01-10');

// Paid each quarter at its start, October in October; November not paid yet (due, not late).
const regular = member('按季');
const pRegular = [
  pay(regular, '2026-01', '2026-03', '2026-01-15'),
  pay(regular, '2026-04', '2026-06', '2026-04-10'),
  pay(regular, '2026-07', '2026-09', '2026-07-10'),
  pay(regular, '2026-10', '2026-10', '2026-10-20'),
];

// The first quarter paid late (补交 in May), the rest in advance in April.
const late = member('补交');
const pLate = [pay(late, '2026-01', '2026-03', '2026-05-10'), pay(late, '2026-04', '2026-12', '2026-04-05')];

// The first quarter paid short, with a reason; the rest in full in April.
const short = member('少交');
const pShort = [
  pay(short, '2026-01', '2026-03', '2026-01-05', { amountFen: 3000, reason: '误算' }),
  pay(short, '2026-04', '2026-12', '2026-04-01'),
];

// 免交 for the whole year.
const exempt = member('免交');
d.insertRelief(branch.id, exempt.id);

// Paid the first half; July to October in arrears now, November due.
const owing = member('欠交');
const pOwing = pay(owing, '2026-01', '2026-06', '2026-01-08');

// Admitted in August: owes from August, paid August to December then.
const admitted = member('八月接收', {
  politicalStatus: 'probationary',
  probationaryDate: '2026-08-15',
  fullMemberDate: null,
});
const pAdmitted = pay(admitted, '2026-08', '2026-12', '2026-08-20');

// Not admitted yet (the branch meeting is in December), and a member whose base was never set: neither owes.
member('未接收', { politicalStatus: 'probationary', probationaryDate: '2026-12-05', fullMemberDate: null });
d.insertMember(branch.id, { name: '未核定' });
fb.addPerson(branch.id, '积极分子', 'activist');

// Neither counts: a removed payment, last year's payment, another branch's.
pay(owing, '2026-07', '2026-09', '2026-10-01', { deletedAt: '2026-10-02T00:00:00.000Z' });
pay(regular, '2025-12', '2025-12', '2025-12-20');
const other = fb.freshBranch('党费数字测试另一支部');
pay(d.insertMember(other.id), '2026-01', '2026-12', '2026-01-10');

const hQ1 = handOver(branch.id, '2026-01', '2026-03', '2026-04-10', 12_345);
const hQ2 = handOver(branch.id, '2026-04', '2026-06', '2026-07-08', 20_000);
handOver(branch.id, '2026-07', '2026-09', '2026-10-09', 99_999, { deletedAt: '2026-10-10T00:00:00.000Z' });
handOver(branch.id, '2025-10', '2025-12', '2025-12-30', 5_000);
handOver(other.id, '2026-01', '2026-03', '2026-04-10', 7_000);

const figure = (key: string) => computeFigures(scope, year, [key]).get(key)!;
function summary(key: string) {
  const f = figure(key);
  if ('problem' in f) return f;
  return {
    label: f.label,
    unit: f.unit,
    value: f.value,
    text: f.text,
    ids: f.records.map((r) => r.id).sort((a, b) => a - b),
  };
}
const ids = (...rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const sumFen = (...rows: { amountFen: number }[]) => rows.reduce((total, r) => total + r.amountFen, 0);

/** The ledger's months in a period up to the current month, by person, as duesLedger states them. */
function ledgerStates(period?: 'Q1' | 'Q3' | 'Q4') {
  const { start, end } = periodRange(year, period);
  const last = end.slice(0, 7) < '2026-11' ? end.slice(0, 7) : '2026-11';
  return new Map(
    duesLedger(scope, { from: start.slice(0, 7), to: last }).map((row) => [
      row.personId,
      row.months.map((m) => (m.state === 'paid' ? `paid${m.onTime ? '' : ' late'}${m.full ? '' : ' short'}` : m.state)),
    ]),
  );
}

describe('dues figures: money', () => {
  it('sums the payments paid in the year, exactly, with the payments behind', () => {
    const paid = [pPrepaid, ...pRegular, ...pLate, ...pShort, pOwing, pAdmitted];
    expect(summary('dues:measure=collected')).toEqual({
      label: '党费 收缴金额',
      unit: '元',
      value: sumFen(...paid) / 100,
      text: String(sumFen(...paid) / 100),
      ids: ids(...paid),
    });
    expect(figure('dues:measure=collected')).toMatchObject({ recordsPermission: 'dues.read' });
    expect(sumFen(...paymentsReceived(scope, periodRange(year)))).toBe(sumFen(...paid));
  });

  it('sums a quarter’s payments by the day paid', () => {
    const q2 = [pRegular[1], pLate[0], pLate[1], pShort[1]];
    expect(summary('dues:measure=collected,period=Q2')).toMatchObject({
      label: '党费 收缴金额（第二季度）',
      value: sumFen(...q2) / 100,
      ids: ids(...q2),
    });
    expect(sumFen(...paymentsReceived(scope, periodRange(year, 'Q2')))).toBe(sumFen(...q2));
  });

  it('sums what was passed up by the day handed over, written with 角 and 分', () => {
    expect(summary('dues:measure=handed')).toEqual({
      label: '党费 上缴金额',
      unit: '元',
      value: 323.45,
      text: '323.45',
      ids: ids(hQ1, hQ2),
    });
    expect(summary('dues:measure=handed,period=Q3')).toMatchObject({ value: 200, text: '200', ids: [hQ2.id] });
    expect(summary('dues:measure=handed,period=Q4')).toMatchObject({ value: 0, ids: [] });
    expect(figure('dues:measure=handed')).toMatchObject({ recordsPermission: 'dues.totals' });
  });
});

describe('dues figures: members', () => {
  it('reads the months as the ledger states them', () => {
    const year = ledgerStates();
    expect(year.get(prepaid.id)).toEqual(Array(11).fill('paid'));
    expect(year.get(late.id)?.slice(0, 4)).toEqual(['paid late', 'paid late', 'paid late', 'paid']);
    expect(year.get(short.id)?.slice(0, 4)).toEqual(['paid short', 'paid short', 'paid short', 'paid']);
    expect(year.get(exempt.id)).toEqual(Array(11).fill('exempt'));
    expect(year.get(owing.id)?.slice(5)).toEqual(['paid', 'arrears', 'arrears', 'arrears', 'arrears', 'due']);
    expect(year.get(regular.id)?.slice(9)).toEqual(['paid', 'due']);
    expect(year.get(admitted.id)?.slice(6)).toEqual(['none', 'paid', 'paid', 'paid', 'paid']);
  });

  it('counts the members who owed dues in the year, the not yet admitted and the unassessed left out', () => {
    expect(summary('dues:measure=members')).toEqual({
      label: '党费 应交纳党员人数',
      unit: '名',
      value: 7,
      text: '7',
      ids: ids(prepaid, regular, late, short, exempt, owing, admitted),
    });
    expect(figure('dues:measure=members')).toMatchObject({ recordsPermission: 'dues.read' });
  });

  it('counts as on time those who paid every owed month by its end in full, prepaid and exempt months included', () => {
    expect(summary('dues:measure=on_time')).toMatchObject({
      label: '党费 按时足额交纳人数',
      value: 4,
      ids: ids(prepaid, regular, exempt, admitted),
    });
  });

  it('gives the on-time rate over the members, to one decimal', () => {
    expect(summary('dues:measure=rate')).toMatchObject({
      label: '党费 按时足额交纳率（%，保留一位小数）',
      unit: '%',
      value: 57.1,
      text: '57.1',
      ids: ids(prepaid, regular, late, short, exempt, owing, admitted),
    });
  });

  it('counts those with a month in arrears now', () => {
    expect(summary('dues:measure=arrears')).toMatchObject({ label: '党费 欠交党员人数', value: 1, ids: [owing.id] });
  });

  it('narrows each measure to a quarter', () => {
    // Q1: the late 补交 and the short payment spoil it; the member admitted in August owed nothing yet.
    expect(summary('dues:measure=members,period=Q1')).toMatchObject({
      label: '党费 应交纳党员人数（第一季度）',
      ids: ids(prepaid, regular, late, short, exempt, owing),
    });
    expect(summary('dues:measure=on_time,period=Q1')).toMatchObject({ ids: ids(prepaid, regular, exempt, owing) });
    expect(summary('dues:measure=rate,period=Q1')).toMatchObject({ value: 66.7 });
    expect(summary('dues:measure=arrears,period=Q1')).toMatchObject({ value: 0, ids: [] });
    // Q3: the arrears begin; the late payer and the short payer paid the rest in full and in advance.
    expect(summary('dues:measure=members,period=Q3')).toMatchObject({ value: 7 });
    expect(summary('dues:measure=on_time,period=Q3')).toMatchObject({
      ids: ids(prepaid, regular, late, short, exempt, admitted),
    });
    expect(summary('dues:measure=rate,period=Q3')).toMatchObject({ value: 85.7 });
    expect(summary('dues:measure=arrears,period=Q3')).toMatchObject({ ids: [owing.id] });
    // Q4: October and November only; November unpaid is due, not late.
    expect(summary('dues:measure=on_time,period=Q4')).toMatchObject({
      ids: ids(prepaid, regular, late, short, exempt, admitted),
    });
    expect(summary('dues:measure=arrears,period=Q4')).toMatchObject({ ids: [owing.id] });
    expect(summary('dues:measure=collected,period=Q4')).toMatchObject({ ids: [pRegular[3].id] });
  });

  it('agrees with the ledger’s months in the year and in each quarter', () => {
    for (const period of [undefined, 'Q1', 'Q3', 'Q4'] as const) {
      const states = [...ledgerStates(period)];
      const owed = states.filter(([, ms]) => ms.some((m) => !['none', 'unassessed'].includes(m)));
      const onTime = owed.filter(([, ms]) =>
        ms.every((m) => ['none', 'unassessed', 'paid', 'exempt', 'due'].includes(m)),
      );
      const behind = owed.filter(([, ms]) => ms.includes('arrears'));
      const suffix = period ? `,period=${period}` : '';
      const idsOf = (rows: [number, string[]][]) => rows.map(([id]) => id).sort((a, b) => a - b);
      expect(summary(`dues:measure=members${suffix}`)).toMatchObject({ ids: idsOf(owed) });
      expect(summary(`dues:measure=on_time${suffix}`)).toMatchObject({ ids: idsOf(onTime) });
      expect(summary(`dues:measure=arrears${suffix}`)).toMatchObject({ ids: idsOf(behind) });
      expect(summary(`dues:measure=rate${suffix}`)).toMatchObject({
        value: Math.round((1000 * onTime.length) / owed.length) / 10,
      });
    }
  });

  it('computes each measure the same together as alone', () => {
    const keys = ['collected', 'handed', 'members', 'on_time', 'rate', 'arrears'].flatMap((m) => [
      `dues:measure=${m}`,
      `dues:measure=${m},period=Q3`,
    ]);
    const together = computeFigures(scope, year, keys);
    for (const key of keys) expect(together.get(key)).toEqual(figure(key));
  });

  it('counts nothing for a branch without dues records', () => {
    const empty = { branchId: fb.freshBranch('党费空白支部').id };
    const figures = computeFigures(empty, year, [
      'dues:measure=members',
      'dues:measure=rate',
      'dues:measure=collected',
    ]);
    expect([...figures.values()].map((f) => ('value' in f ? f.value : f.problem))).toEqual([0, 0, 0]);
  });
});

describe('dues figures: readers, picker and mistakes', () => {
  it('shows a reviewer the values but not the people or payments; a reviewer sees the handovers', () => {
    const keys = ['dues:measure=members', 'dues:measure=collected', 'dues:measure=handed'];
    const reviewer = fb.userOf(branch, 'reviewer');
    const seen = new Map(figuresForReader(reviewer, computeFigures(scope, year, keys)));
    expect(seen.get('dues:measure=members')).toMatchObject({ value: 7, records: [], recordsHidden: true });
    expect(seen.get('dues:measure=collected')).toMatchObject({ records: [], recordsHidden: true });
    expect(seen.get('dues:measure=handed')).toMatchObject({ value: 323.45, records: [{ id: hQ1.id }, { id: hQ2.id }] });
    const committee = new Map(figuresForReader(fb.userOf(branch, 'committee'), computeFigures(scope, year, keys)));
    expect(committee.get('dues:measure=members')).toMatchObject({
      records: expect.arrayContaining([{ id: prepaid.id, date: null, title: '预交', href: `/members/${prepaid.id}` }]),
    });
    expect(committee.get('dues:measure=collected')).toMatchObject({
      records: expect.arrayContaining([
        { id: pPrepaid.id, date: '2026-01-10', title: '预交：2026年1月至12月党费 480.00 元', href: '/dues' },
      ]),
    });
  });

  it('offers each measure in the picker, each may be narrowed to part of the year', () => {
    expect(figureCatalogue(scope).filter((e) => e.group === '党费')).toEqual(
      [
        ['collected', '党费 收缴金额', '元'],
        ['handed', '党费 上缴金额', '元'],
        ['members', '党费 应交纳党员人数', '名'],
        ['on_time', '党费 按时足额交纳人数', '名'],
        ['rate', '党费 按时足额交纳率（%，保留一位小数）', '%'],
        ['arrears', '党费 欠交党员人数', '名'],
      ].map(([measure, label, unit]) => ({ group: '党费', label, key: `dues:measure=${measure}`, unit, dated: true })),
    );
  });

  it('explains a missing or wrong measure in Chinese', () => {
    const expected =
      '请用 measure 指定党费的统计方式：collected（收缴金额）、handed（上缴金额）、members（应交纳党员人数）、on_time（按时足额交纳人数）、rate（按时足额交纳率）、arrears（欠交党员人数）';
    expect(figure('dues')).toEqual({ key: 'dues', problem: expected });
    expect(figure('dues:measure=paid')).toEqual({ key: 'dues:measure=paid', problem: expected });
    expect(figure('dues:measure=rate,group=1')).toEqual({
      key: 'dues:measure=rate,group=1',
      problem: '“dues”不支持参数“group”',
    });
  });
});
