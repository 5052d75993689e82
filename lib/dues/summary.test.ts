import { describe, expect, it } from 'vitest';
import type { MonthStanding } from '@/lib/dues/standing';
import { arrearsLevel, duesTotals, paidInFullOnTime } from '@/lib/dues/summary';

const m = (month: string, state: MonthStanding['state'], over: Partial<MonthStanding> = {}): MonthStanding => ({
  month,
  state,
  dueFen: state === 'exempt' || state === 'none' ? 0 : 1000,
  rule: null,
  ...(state === 'paid' ? { onTime: true, full: true } : {}),
  ...over,
});

describe('paidInFullOnTime', () => {
  it('holds when every month so far was paid in full by its end or excused; the current month may still be open', () => {
    expect(
      paidInFullOnTime(
        [m('2026-01', 'paid'), m('2026-02', 'exempt'), m('2026-03', 'due'), m('2026-04', 'upcoming')],
        '2026-03',
      ),
    ).toBe(true);
  });
  it('fails for a late month, a short payment or an unpaid month that is over', () => {
    expect(paidInFullOnTime([m('2026-01', 'paid', { onTime: false })], '2026-03')).toBe(false);
    expect(paidInFullOnTime([m('2026-01', 'paid', { full: false })], '2026-03')).toBe(false);
    expect(paidInFullOnTime([m('2026-01', 'paid'), m('2026-02', 'arrears')], '2026-03')).toBe(false);
  });
  it('does not count someone who owed nothing yet', () => {
    expect(paidInFullOnTime([m('2026-01', 'none'), m('2026-02', 'unassessed')], '2026-03')).toBe(false);
  });
});

describe('duesTotals', () => {
  const standing = (months: MonthStanding[]) => ({ months }) as never;
  it('counts members, the on-time rate, arrears and each month', () => {
    const totals = duesTotals(
      [
        standing([m('2026-01', 'paid'), m('2026-02', 'paid')]),
        standing([m('2026-01', 'arrears'), m('2026-02', 'paid')]),
        standing([m('2026-01', 'unassessed'), m('2026-02', 'unassessed')]),
      ],
      '2026-03',
    );
    expect(totals).toMatchObject({
      members: 2,
      onTime: 1,
      onTimeRate: 50,
      inArrears: 1,
      arrearsFen: 1000,
      unassessed: 1,
    });
    expect(totals.byMonth).toEqual([
      { month: '2026-01', owing: 2, paid: 1, dueFen: 2000 },
      { month: '2026-02', owing: 2, paid: 2, dueFen: 2000 },
    ]);
  });
});

describe('arrearsLevel', () => {
  const of = (n: number, lapsed = false) => ({
    arrears: Array.from({ length: n }, () => m('2026-01', 'arrears')),
    lapsed,
  });
  it('reminds from three unpaid months and flags six in a row', () => {
    expect(arrearsLevel(of(0))).toBeNull();
    expect(arrearsLevel(of(2))).toBe('owing');
    expect(arrearsLevel(of(3))).toBe('remind');
    expect(arrearsLevel(of(6, true))).toBe('lapsed');
  });
});
