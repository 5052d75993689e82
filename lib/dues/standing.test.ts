import { describe, expect, it } from 'vitest';
import { paymentDue } from '@/lib/dues/payment-rules';
import { type DuesBase, type DuesFacts, type DuesPayment, duesStanding, monthStanding } from '@/lib/dues/standing';

const base = (over: Partial<DuesBase> = {}): DuesBase => ({
  id: 1,
  personId: 7,
  category: 'in_service',
  baseFen: 400_000,
  fixedFen: null,
  effectiveMonth: '2026-01',
  assessedOn: '2026-01-05',
  reason: null,
  ...over,
});

let nextId = 1;
const payment = (fromMonth: string, toMonth: string, paidOn: string, over: Partial<DuesPayment> = {}): DuesPayment => ({
  id: nextId++,
  personId: 7,
  fromMonth,
  toMonth,
  paidOn,
  amountFen: 4000,
  dueFen: 4000,
  method: 'cash',
  receiptNo: null,
  reason: null,
  ...over,
});

function facts(over: Partial<Omit<DuesFacts, 'member'>> & { member?: Partial<DuesFacts['member']> } = {}): DuesFacts {
  return {
    bases: [base()],
    reliefs: [],
    payments: [],
    ...over,
    member: {
      id: 7,
      politicalStatus: 'full',
      probationaryDate: '2010-06-01',
      joinedBranchOn: null,
      leftBranchOn: null,
      ...over.member,
    },
  };
}

const states = (f: DuesFacts, from: string, to: string, current: string) =>
  duesStanding(f, { from, to }, current).months.map((m) => m.state);

describe('monthStanding', () => {
  it('is unpaid arrears for a month that is over, due for the current one, upcoming after', () => {
    expect(states(facts(), '2026-02', '2026-04', '2026-03')).toEqual(['arrears', 'due', 'upcoming']);
  });

  it('owes nothing before the base was first set (核定)', () => {
    expect(states(facts({ bases: [base({ effectiveMonth: '2026-03' })] }), '2026-01', '2026-03', '2026-06')).toEqual([
      'unassessed',
      'unassessed',
      'arrears',
    ]);
  });

  it('makes a probationary member owe from the month the branch meeting admitted them', () => {
    const f = facts({ member: { politicalStatus: 'probationary', probationaryDate: '2026-05-20' } });
    expect(states(f, '2026-04', '2026-06', '2026-12')).toEqual(['none', 'arrears', 'arrears']);
  });

  it('owes nothing for someone not (yet) a member', () => {
    expect(
      states(
        facts({ member: { politicalStatus: 'candidate', probationaryDate: null } }),
        '2026-01',
        '2026-01',
        '2026-06',
      ),
    ).toEqual(['none']);
  });

  it('follows a transfer: owed here from the month after moving in, up to the month of moving out', () => {
    const moved = facts({ member: { joinedBranchOn: '2026-03-15', leftBranchOn: '2026-09-10' } });
    expect(states(moved, '2026-03', '2026-04', '2026-12')).toEqual(['none', 'arrears']);
    expect(states(moved, '2026-09', '2026-10', '2026-12')).toEqual(['arrears', 'none']);
  });

  it('uses the base in force each month, a mid-year change from its month on', () => {
    const f = facts({ bases: [base(), base({ id: 2, baseFen: 600_000, effectiveMonth: '2026-07', reason: '调资' })] });
    expect(monthStanding(f, '2026-06', '2026-12').dueFen).toBe(4000);
    expect(monthStanding(f, '2026-07', '2026-12').dueFen).toBe(9000);
  });

  it('lets an approved 少交 set the amount and a 免交 excuse the months, until they end', () => {
    const reduced = facts({
      reliefs: [
        {
          id: 1,
          personId: 7,
          kind: 'reduced',
          monthlyFen: 100,
          fromMonth: '2026-01',
          untilMonth: '2026-03',
          reason: '大病',
          approvedBy: '党工委',
        },
      ],
    });
    expect(monthStanding(reduced, '2026-03', '2026-12').dueFen).toBe(100);
    expect(monthStanding(reduced, '2026-04', '2026-12').dueFen).toBe(4000);
    const exempt = facts({
      reliefs: [
        {
          id: 1,
          personId: 7,
          kind: 'exempt',
          monthlyFen: null,
          fromMonth: '2026-01',
          untilMonth: '2026-06',
          reason: '生活困难',
          approvedBy: '党工委',
        },
      ],
    });
    expect(states(exempt, '2026-06', '2026-07', '2026-12')).toEqual(['exempt', 'arrears']);
  });

  it('marks paid months on time when paid by their last day, prepaid months too', () => {
    const f = facts({ payments: [payment('2026-01', '2026-03', '2026-02-10', { amountFen: 12000, dueFen: 12000 })] });
    const months = duesStanding(f, { from: '2026-01', to: '2026-03' }, '2026-02').months;
    expect(months.map((m) => [m.state, m.onTime, m.full])).toEqual([
      ['paid', false, true],
      ['paid', true, true],
      ['paid', true, true],
    ]);
  });

  it('marks a payment short of what its months were due as not in full', () => {
    const f = facts({ payments: [payment('2026-01', '2026-01', '2026-01-10', { amountFen: 3000, dueFen: 4000 })] });
    expect(monthStanding(f, '2026-01', '2026-06').full).toBe(false);
  });
});

describe('duesStanding', () => {
  it('lists every unpaid month that is over, across years, with the amount owed', () => {
    const f = facts({
      bases: [base({ effectiveMonth: '2025-11' })],
      payments: [payment('2026-01', '2026-01', '2026-01-05')],
    });
    const s = duesStanding(f, { from: '2026-01', to: '2026-12' }, '2026-04');
    expect(s.arrears.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-02', '2026-03']);
    expect(s.arrearsFen).toBe(16000);
    expect(s.longestRun).toEqual(['2025-11', '2025-12']);
    expect(s.lapsed).toBe(false);
  });

  it('flags six consecutive unpaid months, and not five', () => {
    expect(duesStanding(facts(), { from: '2026-01', to: '2026-12' }, '2026-07').lapsed).toBe(true);
    expect(duesStanding(facts(), { from: '2026-01', to: '2026-12' }, '2026-06').lapsed).toBe(false);
  });

  it('does not count a run broken by a payment or made up later (补交)', () => {
    const broken = facts({ payments: [payment('2026-04', '2026-04', '2026-04-02')] });
    expect(duesStanding(broken, { from: '2026-01', to: '2026-12' }, '2026-08').longestRun).toHaveLength(3);
    const madeUp = facts({
      payments: [payment('2026-01', '2026-06', '2026-07-20', { amountFen: 24000, dueFen: 24000 })],
    });
    const s = duesStanding(madeUp, { from: '2026-01', to: '2026-12' }, '2026-08');
    expect(s.arrears.map((m) => m.month)).toEqual(['2026-07']);
    expect(s.lapsed).toBe(false);
  });

  it('gives the base in force now and the latest payment', () => {
    const f = facts({
      payments: [payment('2026-01', '2026-01', '2026-01-05'), payment('2026-02', '2026-03', '2026-03-01')],
    });
    const s = duesStanding(f, { from: '2026-01', to: '2026-12' }, '2026-04');
    expect(s.base?.baseFen).toBe(400_000);
    expect(s.lastPayment?.toMonth).toBe('2026-03');
  });
});

describe('paymentDue', () => {
  it('sums what the months are due', () => {
    expect(paymentDue(facts(), '2026-01', '2026-03', '2026-02')).toEqual({ dueFen: 12000 });
  });

  it('allows paying a year ahead and not further', () => {
    expect(paymentDue(facts(), '2026-02', '2027-01', '2026-02')).toEqual({ dueFen: 48000 });
    expect(paymentDue(facts(), '2026-02', '2027-02', '2026-02')).toEqual({
      problem: '预交党费最多一年，最晚交到2027年1月',
    });
  });

  it('refuses a month already paid, naming the payment', () => {
    const f = facts({ payments: [payment('2026-01', '2026-02', '2026-01-10', { receiptNo: 'DF-001' })] });
    expect(paymentDue(f, '2026-02', '2026-03', '2026-03')).toEqual({
      problem: '2026年2月已交纳（2026年1月至2月，2026-01-10，收据号 DF-001），不能重复登记',
    });
  });

  it('lets an edited payment keep its own months', () => {
    const p = payment('2026-01', '2026-02', '2026-01-10');
    expect(paymentDue(facts({ payments: [p] }), '2026-01', '2026-03', '2026-03', p.id)).toEqual({ dueFen: 12000 });
  });

  it('refuses months nothing is owed here, saying why', () => {
    const f = facts({ member: { politicalStatus: 'probationary', probationaryDate: '2026-05-20' } });
    expect(paymentDue(f, '2026-04', '2026-05', '2026-06')).toEqual({
      problem: '2026年4月无需交纳：不在本支部党员期间（入党前、转入前或转出后）',
    });
    expect(paymentDue(facts({ bases: [] }), '2026-01', '2026-01', '2026-06')).toEqual({
      problem: '2026年1月无需交纳：尚未核定党费基数',
    });
  });

  it('refuses an end before the start', () => {
    expect(paymentDue(facts(), '2026-03', '2026-02', '2026-03')).toEqual({ problem: '截止月份不能早于起始月份' });
  });
});
