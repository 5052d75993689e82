import { addDays, addYears } from '@/lib/dates';
import type { DisciplineKind, PoliticalStatus } from '@/lib/people/model';

/** 留党察看 lasts one or two years (《中国共产党纪律处分条例》); the other kinds have no period. */
export const probationYears = [1, 2] as const;
export type ProbationYears = (typeof probationYears)[number];

/** What the rules need of a 党纪处分: its kind and the days it covers. */
export type DisciplinePeriod = { kind: DisciplineKind; decidedOn: string; until: string | null };

/** Only someone who is or was a party member can be disciplined by the Party. */
export function mayBeDisciplined(person: { politicalStatus: PoliticalStatus; probationaryDate: string | null }) {
  return person.politicalStatus === 'full' || person.politicalStatus === 'probationary' || !!person.probationaryDate;
}

export const notAMemberMessage = '党纪处分只适用于党员，此人不是党员';

/** The last day of a probation of `years` decided on `decidedOn` (decided 2024-03-10 for a year: 2025-03-09). */
export function probationUntil(decidedOn: string, years: number): string {
  return addDays(addYears(decidedOn, years), -1);
}

/** The period in whole years a stored probation covers, or null when its dates are not one of the allowed periods. */
export function probationYearsOf(decidedOn: string, until: string | null): ProbationYears | null {
  return probationYears.find((years) => until === probationUntil(decidedOn, years)) ?? null;
}

/** Whether one of the records puts the person under 留党察看 on `date` (from decidedOn to until, both included). */
export function underProbationOn(records: readonly DisciplinePeriod[], date: string): boolean {
  return records.some((r) => r.kind === 'probation' && r.decidedOn <= date && r.until !== null && date <= r.until);
}
