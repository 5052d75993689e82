import type { RulePeriod } from '@/lib/domain/meetings';

/*
 * Dates here are plain 'YYYY-MM-DD' strings meaning Beijing calendar dates. All arithmetic goes
 * through Date.UTC so the machine's local timezone (and its DST rules) can never shift a day.
 * Zero-padded ISO dates also compare correctly as strings, which the callers rely on.
 */

const dayMs = 86_400_000;

const quarterLabels = ['第一季度', '第二季度', '第三季度', '第四季度'];

/** One month, quarter or year of the calendar, with inclusive first and last days. */
export type CalendarPeriod = {
  period: RulePeriod;
  year: number;
  /** Month 1–12, quarter 1–4, or 1 for the whole year. */
  index: number;
  start: string;
  end: string;
  /** '3月', '第一季度' or '全年'. */
  label: string;
};

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Formats a date from its parts; month and day may overflow (day 0 is the previous month's last day). */
function ymd(year: number, month: number, day: number): string {
  return fromUtcMs(Date.UTC(year, month - 1, day));
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / dayMs);
}

export function addDays(date: string, n: number): string {
  return fromUtcMs(toUtcMs(date) + n * dayMs);
}

/** Days left until end counting today itself, so on the last day of a period 1 day is left. */
export function daysLeftInclusive(today: string, end: string): number {
  return daysBetween(today, end) + 1;
}

function makePeriod(year: number, period: RulePeriod, index: number): CalendarPeriod {
  switch (period) {
    case 'month':
      return { period, year, index, start: ymd(year, index, 1), end: ymd(year, index + 1, 0), label: `${index}月` };
    case 'quarter': {
      const firstMonth = (index - 1) * 3 + 1;
      return {
        period,
        year,
        index,
        start: ymd(year, firstMonth, 1),
        end: ymd(year, firstMonth + 3, 0),
        label: quarterLabels[index - 1],
      };
    }
    case 'year':
      return { period, year, index: 1, start: ymd(year, 1, 1), end: ymd(year, 12, 31), label: '全年' };
  }
}

/** The month, quarter or year that contains date. */
export function periodOf(date: string, period: RulePeriod): CalendarPeriod {
  const [year, month] = date.split('-').map(Number);
  const index = period === 'month' ? month : period === 'quarter' ? Math.ceil(month / 3) : 1;
  return makePeriod(year, period, index);
}

/** All months (12), quarters (4) or the single year period of a year, in order. */
export function periodsOfYear(year: number, period: RulePeriod): CalendarPeriod[] {
  const count = period === 'month' ? 12 : period === 'quarter' ? 4 : 1;
  return Array.from({ length: count }, (_, i) => makePeriod(year, period, i + 1));
}
