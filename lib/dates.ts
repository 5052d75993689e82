import type { RulePeriod } from '@/lib/meetings/model';

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

/** Whole years from one YYYY-MM-DD date to another (birthdays and anniversaries). */
export function fullYearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const beforeAnniversary = tm < fm || (tm === fm && td < fd);
  return ty - fy - (beforeAnniversary ? 1 : 0);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * date plus n calendar months. A day that does not exist in the target month is clamped to that
 * month's last day (2023-01-31 + 1 month = 2023-02-28), as the Civil Code counts month periods.
 */
export function addMonths(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: n must be an integer, got ${n}`);
  const [y, m, d] = date.split('-').map(Number);
  const monthIndex = m - 1 + n;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(Math.min(d, lastDay), 2)}`;
}

/** date plus n years, clamping 29 February to 28 February in common years (2024-02-29 + 1 = 2025-02-28). */
export function addYears(date: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addYears: n must be an integer, got ${n}`);
  return addMonths(date, n * 12);
}

/**
 * Age in whole years (周岁) on date; a birthday counts from the day itself. Someone born on
 * 29 February has their birthday on 28 February in common years — the same clamping as addYears, so
 * ageOn(b, addYears(b, n)) === n always holds.
 */
export function ageOn(birthDate: string, date: string): number {
  const years = fullYearsBetween(birthDate, date);
  // fullYearsBetween would wait for 1 March in common years; apply the month-end clamp instead.
  return addYears(birthDate, years + 1) <= date ? years + 1 : years;
}

/** '2023-07-01' → '2023年7月1日', as a date is written in Chinese prose. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * Dates as the branch lives them: Beijing time (Asia/Shanghai), whatever zone the server runs in. One
 * formatter each, made once: building a formatter (what `toLocaleDateString` does on every call) costs
 * about 100 µs, formatting with a ready one about 1 µs, and a page asks for today several times.
 */
const dateFormat = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' });
const minuteFormat = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Beijing date of a moment: '2026-11-28'. */
export function beijingDate(at: Date): string {
  return dateFormat.format(at);
}

/** The moment a Beijing day begins, as stored timestamps are written: '2026-04-15' → '2026-04-14T16:00:00.000Z'. */
export function beijingDayStart(date: string): string {
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

/** The Beijing date and time to the minute of a moment: ['2026-11-28', '09:30']. */
export function beijingDateAndMinute(at: Date): [string, string] {
  const [date, time] = minuteFormat.format(at).split(' ');
  return [date, time];
}

/**
 * A stored timestamp (ISO-8601 UTC string, or a Date) as Beijing date and time to the minute:
 * '2026-11-28T09:29:00Z' → '2026-11-28 17:29'. For history lists and conflict notes.
 */
export function beijingDateTime(at: string | Date): string {
  const [date, time] = beijingDateAndMinute(typeof at === 'string' ? new Date(at) : at);
  return `${date} ${time}`;
}

const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * The ISO dates in a sentence written as Chinese prose writes them, without the spaces that only set
 * the Latin digits apart: '预备期将于 2026-12-26 期满' → '预备期将于2026年12月26日期满'. Tables and
 * inputs keep ISO; this is for messages read as sentences.
 */
export function chineseDatesIn(text: string): string {
  return text.replace(
    /( ?)\b(\d{4}-\d{2}-\d{2})\b( ?)/g,
    (_match, before: string, iso: string, after: string, at: number) => {
      const prev = text[at - 1];
      const next = text[at + before.length + iso.length + after.length];
      const keepBefore = before && prev !== undefined && !cjk.test(prev) ? before : '';
      const keepAfter = after && next !== undefined && !cjk.test(next) ? after : '';
      return `${keepBefore}${chineseDate(iso)}${keepAfter}`;
    },
  );
}
