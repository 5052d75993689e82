import { reminderMonths } from '@/lib/dues/model';
import type { DuesStanding, MonthStanding } from '@/lib/dues/standing';
import { percent } from '@/lib/percent';

/** States in which a month is owed here (paid, excused or not). */
const owedStates = new Set(['paid', 'exempt', 'arrears', 'due', 'upcoming']);
export const isOwed = (m: MonthStanding) =>
  owedStates.has(m.state) && !(m.state === 'paid' && m.dueFen === 0 && !m.rule);

/** The months that count so far: those owed here up to the current month (a month ahead counts once paid). */
export const settledSoFar = (months: readonly MonthStanding[], currentMonth: string) =>
  months.filter((m) => isOwed(m) && (m.month < currentMonth || m.state === 'paid' || m.state === 'exempt'));

/** Every month that counts so far was paid in full by its last day, or excused (免交). */
export function paidInFullOnTime(months: readonly MonthStanding[], currentMonth: string): boolean {
  const counted = settledSoFar(months, currentMonth);
  return counted.length > 0 && counted.every((m) => m.state === 'exempt' || (m.state === 'paid' && m.onTime && m.full));
}

export type DuesTotals = {
  members: number;
  onTime: number;
  /** 按时足额交纳率, one decimal; null with no member owing yet. */
  onTimeRate: number | null;
  inArrears: number;
  arrearsFen: number;
  unassessed: number;
  /** Per month of the range: how many owed it, paid it, and what was due. */
  byMonth: { month: string; owing: number; paid: number; dueFen: number }[];
};

/** The ledger's totals for a run of months, from the members' standings. */
export function duesTotals(rows: readonly DuesStanding[], currentMonth: string): DuesTotals {
  const owing = rows.filter((r) => settledSoFar(r.months, currentMonth).length > 0);
  const onTime = owing.filter((r) => paidInFullOnTime(r.months, currentMonth)).length;
  const arrears = rows.map((r) => r.months.filter((m) => m.state === 'arrears'));
  const months = rows[0]?.months.map((m) => m.month) ?? [];
  return {
    members: owing.length,
    onTime,
    onTimeRate: percent(onTime, owing.length),
    inArrears: arrears.filter((a) => a.length > 0).length,
    arrearsFen: arrears.flat().reduce((sum, m) => sum + m.dueFen, 0),
    unassessed: rows.filter((r) => r.months.some((m) => m.state === 'unassessed')).length,
    byMonth: months.map((month, i) => {
      const cells = rows.map((r) => r.months[i]).filter(isOwed);
      return {
        month,
        owing: cells.length,
        paid: cells.filter((m) => m.state === 'paid' || m.state === 'exempt').length,
        dueFen: cells.reduce((sum, m) => sum + m.dueFen, 0),
      };
    }),
  };
}

/** What the committee is told about a member's unpaid months: a reminder from 3, the Article 9 flag at 6 in a row. */
export type ArrearsLevel = 'owing' | 'remind' | 'lapsed';
export function arrearsLevel(standing: Pick<DuesStanding, 'arrears' | 'lapsed'>): ArrearsLevel | null {
  if (standing.lapsed) return 'lapsed';
  if (standing.arrears.length >= reminderMonths) return 'remind';
  return standing.arrears.length > 0 ? 'owing' : null;
}
