import { currentYear } from '@/lib/clock';

/** The first year the app keeps records for; the year switcher offers it up to next year. */
export const firstYear = 2021;

/** A year the app offers (first year up to next year), or this year when `value` is none of them. */
export function yearOrCurrent(value: unknown, thisYear = currentYear()): number {
  const year = Number(value);
  return Number.isInteger(year) && year >= firstYear && year <= thisYear + 1 ? year : thisYear;
}

/** The date a new record on a year's page starts with: today in this year, none in another (the user picks it). */
export function defaultDateIn(year: number, today: string): string | undefined {
  return today.startsWith(`${year}-`) ? today : undefined;
}
