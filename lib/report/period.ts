/** The parts of a year a figure can be restricted to with its `period` parameter. */
export const figurePeriods = ['H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4'] as const;
export type FigurePeriod = (typeof figurePeriods)[number];

export const figurePeriodLabels: Record<FigurePeriod, string> = {
  H1: '上半年',
  H2: '下半年',
  Q1: '第一季度',
  Q2: '第二季度',
  Q3: '第三季度',
  Q4: '第四季度',
};

const months: Record<FigurePeriod, [first: number, last: number]> = {
  H1: [1, 6],
  H2: [7, 12],
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
};

/** Inclusive 'YYYY-MM-DD' bounds. */
export type DateRange = { start: string; end: string };

export function isFigurePeriod(value: string): value is FigurePeriod {
  return (figurePeriods as readonly string[]).includes(value);
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** The dates a figure counts: the whole year, or the named half or quarter of it. */
export function periodRange(year: number, period?: FigurePeriod): DateRange {
  const [first, last] = period ? months[period] : [1, 12];
  return { start: `${year}-${pad(first)}-01`, end: `${year}-${pad(last)}-${pad(lastDay(year, last))}` };
}
