import { type CalendarPeriod, daysBetween, daysLeftInclusive, periodsOfYear } from '@/lib/dates';
import { type RulePeriod, rulePeriodLabels } from '@/lib/meetings/model';

/**
 * How often meetings of a kind must be held. A per-group rule (groupId set) counts only that
 * party group's meetings; a branch rule (groupId null) counts every meeting of the kind.
 */
export type FrequencyRule = {
  key: string;
  kindId: number;
  kindName: string;
  period: RulePeriod;
  minCount: number;
  groupId: number | null;
  groupName: string | null;
};

/**
 * A meeting that was actually held. A meeting rescheduled into the next period simply carries
 * the later date and counts there, leaving its original period short.
 */
export type HeldMeeting = { id: number; kindId: number; date: string; groupId: number | null };

/** `unrecorded`: the period ended before the branch began keeping its records here, so it is not judged. */
export type ComplianceState = 'met' | 'missed' | 'due' | 'upcoming' | 'unrecorded';

export type ComplianceCell = {
  period: CalendarPeriod;
  count: number;
  meetingIds: number[];
  state: ComplianceState;
};

export type ComplianceRow = { rule: FrequencyRule; ruleText: string; cells: ComplianceCell[] };

export type ComplianceWarning =
  | { level: 'due'; ruleKey: string; daysLeft: number; message: string }
  | { level: 'missed'; ruleKey: string; message: string };

/** A due period warns once this few days (inclusive) or fewer are left in it. */
export const warningThresholdDays: Record<RulePeriod, number> = { month: 10, quarter: 30, year: 60 };

/** Some provincial platforms flag a branch that has held no organisational life for this many days. */
export const inactivityThresholdDays = 30;

const currentPeriodWords: Record<RulePeriod, string> = { month: '本月', quarter: '本季度', year: '本年度' };

/** '每月至少1次', '每季度至少1次', '每年至少2次'. */
export function frequencyRuleText(period: RulePeriod, minCount: number): string {
  return `${rulePeriodLabels[period]}至少${minCount}次`;
}

type KindRule = { id: number; name: string; period: RulePeriod | null; minCount: number; perGroup: boolean };

/** A branch's frequency rules from its kinds and groups: one per kind with a period, one per group for per-group kinds. */
export function frequencyRulesOf(kinds: readonly KindRule[], groups: readonly { id: number; name: string }[]) {
  return kinds.flatMap((kind): FrequencyRule[] => {
    if (!kind.period || kind.minCount < 1) return [];
    const base = { kindId: kind.id, kindName: kind.name, period: kind.period, minCount: kind.minCount };
    if (!kind.perGroup) return [{ ...base, key: `kind-${kind.id}`, groupId: null, groupName: null }];
    return groups.map((g) => ({ ...base, key: `kind-${kind.id}-group-${g.id}`, groupId: g.id, groupName: g.name }));
  });
}

function countsFor(rule: FrequencyRule, meeting: HeldMeeting): boolean {
  return meeting.kindId === rule.kindId && (rule.groupId === null || meeting.groupId === rule.groupId);
}

function stateOf(
  period: CalendarPeriod,
  count: number,
  minCount: number,
  today: string,
  recordsFrom: string | null,
): ComplianceState {
  if (count >= minCount) return 'met';
  if (recordsFrom !== null && period.end < recordsFrom) return 'unrecorded';
  if (period.end < today) return 'missed';
  if (period.start <= today) return 'due';
  return 'upcoming';
}

/**
 * One row per rule with a cell for every month, quarter or year of `year`. Meetings dated outside
 * `year` fall in no cell and are ignored. A period that ended before `recordsFrom` (the day the branch
 * began keeping its records here) is never missed: its meetings were simply not recorded here.
 */
export function complianceCalendar(
  rules: FrequencyRule[],
  meetings: HeldMeeting[],
  year: number,
  today: string,
  recordsFrom: string | null = null,
): ComplianceRow[] {
  const byDate = [...meetings].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  return rules.map((rule) => {
    const relevant = byDate.filter((m) => countsFor(rule, m));
    const cells = periodsOfYear(year, rule.period).map((period): ComplianceCell => {
      const meetingIds = relevant.filter((m) => m.date >= period.start && m.date <= period.end).map((m) => m.id);
      const count = meetingIds.length;
      return { period, count, meetingIds, state: stateOf(period, count, rule.minCount, today, recordsFrom) };
    });
    return { rule, ruleText: frequencyRuleText(rule.period, rule.minCount), cells };
  });
}

function dueMessage(rule: FrequencyRule, count: number, daysLeft: number): string {
  const who = rule.groupName ?? '';
  const when = currentPeriodWords[rule.period];
  const what =
    rule.minCount > 1 && count > 0 ? `${rule.kindName}还差 ${rule.minCount - count} 次` : `尚未召开${rule.kindName}`;
  return `${who}${when}${what}，还剩 ${daysLeft} 天`;
}

function missedMessage(rule: FrequencyRule, period: CalendarPeriod, count: number): string {
  const when = period.period === 'year' ? `${period.year}年` : `${period.year}年${period.label}`;
  const who = rule.groupName ?? '';
  const what =
    rule.minCount > 1 ? `${rule.kindName}少于${rule.minCount}次（实际${count}次）` : `未召开${rule.kindName}`;
  return `${when}${who}${what}`;
}

/**
 * Warnings, most urgent first: due periods that are about to close (fewest days left first), then
 * periods already missed (most recent first). A due period warns only inside its threshold
 * (month 10 days, quarter 30, year 60).
 */
export function complianceWarnings(rows: ComplianceRow[], today: string): ComplianceWarning[] {
  const due: (ComplianceWarning & { level: 'due' })[] = [];
  const missed: { warning: ComplianceWarning; end: string }[] = [];
  for (const { rule, cells } of rows) {
    for (const cell of cells) {
      if (cell.state === 'due') {
        const daysLeft = daysLeftInclusive(today, cell.period.end);
        if (daysLeft <= warningThresholdDays[cell.period.period]) {
          due.push({ level: 'due', ruleKey: rule.key, daysLeft, message: dueMessage(rule, cell.count, daysLeft) });
        }
      } else if (cell.state === 'missed') {
        missed.push({
          warning: { level: 'missed', ruleKey: rule.key, message: missedMessage(rule, cell.period, cell.count) },
          end: cell.period.end,
        });
      }
    }
  }
  // Array.prototype.sort is stable, so ties keep the order of the rules.
  due.sort((a, b) => a.daysLeft - b.daysLeft);
  missed.sort((a, b) => (a.end === b.end ? 0 : a.end > b.end ? -1 : 1));
  return [...due, ...missed.map((m) => m.warning)];
}

/**
 * Whole days since the latest meeting held on or before today (0 when one was held today), or
 * null when none was. Compare with inactivityThresholdDays.
 */
export function daysSinceLastMeeting(meetings: Pick<HeldMeeting, 'date'>[], today: string): number | null {
  let latest: string | null = null;
  for (const { date } of meetings) {
    if (date <= today && (latest === null || date > latest)) latest = date;
  }
  return latest === null ? null : daysBetween(latest, today);
}
