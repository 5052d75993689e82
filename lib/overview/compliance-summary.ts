import type { ComplianceRow, ComplianceState } from '@/lib/meetings/compliance';

/** How a branch stands against its meeting rules this year: periods met, missed, and open now and not yet met. */
export type ComplianceCounts = { met: number; missed: number; due: number };

export function complianceCounts(rows: readonly ComplianceRow[]): ComplianceCounts {
  const counts = { met: 0, missed: 0, due: 0 };
  for (const { cells } of rows)
    for (const { state } of cells) if (state === 'met' || state === 'missed' || state === 'due') counts[state]++;
  return counts;
}

/** The heat map's worst-first order: one missed period colours the month, whatever else was met. */
const severity: ComplianceState[] = ['missed', 'due', 'met', 'upcoming', 'unrecorded'];

/**
 * The month-by-month picture of every rule: a month takes the worst state of the periods covering it, so a
 * missed quarterly meeting colours its three months. A longer period still open (this quarter, this year)
 * counts only in today's month: its meeting may yet come, and earlier months stand on their own rules. A
 * month with nothing to judge is null.
 */
export function monthStates(rows: readonly ComplianceRow[], today: string): (ComplianceState | null)[] {
  const todayMonth = today.slice(0, 7);
  return Array.from({ length: 12 }, (_, i) => {
    const month = String(i + 1).padStart(2, '0');
    let worst: ComplianceState | null = null;
    for (const { cells } of rows)
      for (const { period, state } of cells) {
        const covers = period.start.slice(5, 7) <= month && period.end.slice(5, 7) >= month;
        const counts = state !== 'due' || period.period === 'month' || `${period.year}-${month}` === todayMonth;
        if (covers && counts && (worst === null || severity.indexOf(state) < severity.indexOf(worst))) worst = state;
      }
    return worst;
  });
}
