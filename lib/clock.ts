import { beijingDate, daysBetween } from '@/lib/dates';
import { isRealDate } from '@/lib/people/id-number';

/*
 * The app's one clock. Every calendar day the app reasons about ("today", this year) and every
 * timestamp it writes comes from here, in Beijing time. Nothing else reads the system clock for them
 * (tests/clock-discipline.test.ts holds that).
 *
 * ZHIBU_TODAY=YYYY-MM-DD pins the calendar day, for tests and demonstrations: the date is fixed, the
 * time of day still runs, so lockouts and other durations still measure real time. A production
 * server (ZHIBU_DEMO=0) refuses a pinned day unless ZHIBU_ALLOW_FIXED_TODAY=1 says it is meant.
 */

const dayMs = 86_400_000;

/** The settings last read and the pinned day they give: checked once, not on every call. */
let checked: { settings: string; day: string | null } | undefined;

export class ClockConfigurationError extends Error {}

/** The pinned calendar day, or null when the clock follows the system's. */
export function fixedToday(): string | null {
  const { ZHIBU_TODAY: raw, ZHIBU_DEMO: demo, ZHIBU_ALLOW_FIXED_TODAY: allow } = process.env;
  const settings = `${raw}|${demo}|${allow}`;
  if (checked && checked.settings === settings) return checked.day;
  checked = { settings, day: raw ? validFixedDay(raw) : null };
  return checked.day;
}

function validFixedDay(raw: string): string {
  if (!isRealDate(raw)) throw new ClockConfigurationError(`ZHIBU_TODAY 应为 YYYY-MM-DD 格式的日期，收到“${raw}”`);
  const production = process.env.ZHIBU_DEMO === '0';
  if (production && process.env.ZHIBU_ALLOW_FIXED_TODAY !== '1') {
    throw new ClockConfigurationError(
      '生产模式（ZHIBU_DEMO=0）不允许用 ZHIBU_TODAY 固定日期；确需如此请同时设置 ZHIBU_ALLOW_FIXED_TODAY=1',
    );
  }
  return raw;
}

/** This moment: the system's, moved onto the pinned day when there is one (same time of day, Beijing). */
export function now(): Date {
  const system = new Date();
  const fixed = fixedToday();
  if (fixed === null) return system;
  return new Date(system.getTime() + daysBetween(beijingDate(system), fixed) * dayMs);
}

/** A timestamp for a record: now, as an ISO string. */
export function nowIso(): string {
  return now().toISOString();
}

/** Today's Beijing date: '2026-11-20'. */
export function todayIso(): string {
  return fixedToday() ?? beijingDate(new Date());
}

/** The calendar year of today, in Beijing. */
export function currentYear(): number {
  return Number(todayIso().slice(0, 4));
}
