import { addDays } from '@/lib/dates';

/** The year the demo's story was written for: its "this year". */
export const authoredYear = 2026;

/** The last year whose records stay exactly as written: the year of the demo's submitted duty report. */
const lastFixedYear = 2023;

/**
 * Where the demo's dates fall for a given seeding day, so that the demo is alive whenever it is seeded.
 * Records up to 2023 (the year of the demo's duty report and what led to it) keep their dates. Later
 * records were written as of 2026 and move by whole years with the seeding day's year: seeded in 2030,
 * the story of 2024–2026 is told in 2028–2030, month and day unchanged, so every rule about months
 * still holds; the years in between hold the meetings only. What must be true on any day (an overdue
 * item, a deadline coming up) is placed by days from the seeding day instead, with `daysFromToday`.
 */
export type DemoCalendar = {
  /** The seeding day: records after it are not written. */
  today: string;
  /** An authored date, moved with the current year when it is later than the fixed past. */
  date(authored: string): string;
  /** An authored year, moved the same way. */
  year(authored: number): number;
  /** Authored text with its years ("2024年书记项目") moved the same way. */
  text(authored: string): string;
  /** The date so many days after today (before it when negative). */
  daysFromToday(days: number): string;
};

export function demoCalendar(today: string): DemoCalendar {
  const shift = Math.max(0, Number(today.slice(0, 4)) - authoredYear);
  const year = (authored: number) => (authored > lastFixedYear ? authored + shift : authored);
  return {
    today,
    year,
    date: (authored) => `${year(Number(authored.slice(0, 4)))}${authored.slice(4)}`,
    text: (authored) => authored.replace(/20\d\d(?=年)/g, (y) => String(year(Number(y)))),
    daysFromToday: (days) => addDays(today, days),
  };
}
