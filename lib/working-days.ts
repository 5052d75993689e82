import { addDays, daysBetween } from '@/lib/dates';

/*
 * Working days for 公示 (public notice) periods. Dates are 'YYYY-MM-DD' strings and all arithmetic
 * goes through Date.UTC (via ./dates), never local time.
 *
 * A working day here is simply Monday to Friday. Public holidays (春节, 国庆 …) and the weekend
 * days that are worked in exchange for them (调休) are NOT modelled: the State Council publishes
 * them year by year, so a notice period spanning a holiday is computed too short by this module and
 * the secretary has to extend it by hand.
 */

function dayOfWeek(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Monday to Friday (public holidays are not modelled). */
export function isWorkingDay(date: string): boolean {
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
}

/**
 * The date n working days after date, not counting date itself: Friday + 1 = Monday, Saturday + 1 =
 * Monday. n may be negative (that many working days before); n = 0 returns date unchanged.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  // Whole weeks first: every 7 calendar days hold exactly 5 working days.
  const weeks = Math.floor((remaining - 1) / 5);
  if (weeks > 0) {
    current = addDays(current, step * weeks * 7);
    remaining -= weeks * 5;
  }
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining--;
  }
  return current;
}

/**
 * Working days d with a < d <= b (a itself is not counted, b is), so that
 * workingDaysBetween(a, addWorkingDays(a, n)) === n. Negative when b is before a.
 */
export function workingDaysBetween(a: string, b: string): number {
  if (b < a) return -workingDaysBetween(b, a);
  const days = daysBetween(a, b);
  const weeks = Math.floor(days / 7);
  let count = weeks * 5;
  let current = addDays(a, weeks * 7);
  while (current < b) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) count++;
  }
  return count;
}

export type NoticePeriod = { workingDays: number } | { calendarDays: number };

/**
 * Last day (inclusive) of a 公示 period that starts on start, the start day counting as the first
 * day: 5 working days from Monday 2024-05-06 end on Friday 2024-05-10; starting on a weekend, the
 * first working day is the following Monday. 7 calendar days from 2024-05-06 end on 2024-05-12.
 */
export function noticePeriodEnd(start: string, period: NoticePeriod): string {
  if ('workingDays' in period) {
    if (!Number.isInteger(period.workingDays) || period.workingDays < 1) {
      throw new RangeError(`noticePeriodEnd: workingDays must be a positive integer, got ${period.workingDays}`);
    }
    return addWorkingDays(addDays(start, -1), period.workingDays);
  }
  if (!Number.isInteger(period.calendarDays) || period.calendarDays < 1) {
    throw new RangeError(`noticePeriodEnd: calendarDays must be a positive integer, got ${period.calendarDays}`);
  }
  return addDays(start, period.calendarDays - 1);
}
