/** Calendar months as 'YYYY-MM' strings, which sort and compare as text. */

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string) => monthPattern.test(value);

export const monthOf = (date: string) => date.slice(0, 7);

export function addMonthsTo(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `from` to `to`, inclusive; empty when `to` is before `from`. */
export function monthsFromTo(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonthsTo(m, 1)) out.push(m);
  return out;
}

export const monthsOfYear = (year: number) => monthsFromTo(`${year}-01`, `${year}-12`);

export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** '2026-03' → '2026年3月'. */
export function monthText(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${y}年${m}月`;
}

/** A run of months in words: '2026年3月', '2026年1月至3月', '2025年11月至2026年2月'. */
export function monthSpanText(from: string, to: string): string {
  if (from === to) return monthText(from);
  const [fy] = from.split('-');
  const [ty, tm] = to.split('-').map(Number);
  return `${monthText(from)}至${fy === String(ty) ? '' : `${ty}年`}${tm}月`;
}
