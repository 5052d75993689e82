import { ageOn } from '@/lib/dates';

/** Ages in whole years (周岁), either end open: `-35` is 35岁及以下, `36-45`, `56-` is 56岁及以上. */
export type AgeBand = { min: number | null; max: number | null };

/** An age band written `<min>-<max>` (either end may be left empty, not both), or null. */
export function parseAgeBand(text: string): AgeBand | null {
  const match = /^(\d{1,3})?-(\d{1,3})?$/.exec(text);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const band = {
    min: match[1] === undefined ? null : Number(match[1]),
    max: match[2] === undefined ? null : Number(match[2]),
  };
  return band.min !== null && band.max !== null && band.min > band.max ? null : band;
}

export function ageBandLabel({ min, max }: AgeBand): string {
  if (min === null) return `${max}岁及以下`;
  if (max === null) return `${min}岁及以上`;
  return min === max ? `${min}岁` : `${min}至${max}岁`;
}

/**
 * The latest birth date of someone at least `age` years old on `day`, by ageOn's reckoning: the same
 * day `age` years before, or 29 February when `day` is 28 February of a common year and that earlier
 * year is a leap year (that birthday falls on 28 February in common years).
 */
function latestBirthDate(age: number, day: string): string {
  const year = String(Number(day.slice(0, 4)) - age).padStart(4, '0');
  const leapDay = `${year}-02-29`;
  const isLeapYear = new Date(`${leapDay}T00:00:00Z`).getUTCDate() === 29;
  return day.slice(5) === '02-28' && isLeapYear && ageOn(leapDay, day) >= age ? leapDay : `${year}${day.slice(4)}`;
}

/**
 * The birth dates of the people whose age on `day` is in the band, as bounds a query compares the
 * stored 'YYYY-MM-DD' birth date with: born after `after` and on or before `onOrBefore`.
 */
export function birthDatesInBand(band: AgeBand, day: string): { after?: string; onOrBefore?: string } {
  return {
    ...(band.max !== null ? { after: latestBirthDate(band.max + 1, day) } : {}),
    ...(band.min !== null ? { onOrBefore: latestBirthDate(band.min, day) } : {}),
  };
}
