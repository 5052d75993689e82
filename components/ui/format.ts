import { beijingDateAndMinute, chineseDate } from '@/lib/dates';
import { percent } from '@/lib/percent';

const weekdays = ['日', '一', '二', '三', '四', '五', '六'];

/** '2023-07-01' → '2023年7月1日（周六）'. */
export function formatDate(iso: string, withWeekday = false): string {
  const text = chineseDate(iso);
  if (!withWeekday) return text;
  const [y, m, d] = iso.split('-').map(Number);
  return `${text}（周${weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}）`;
}

/** '2023-07-01' → '7月1日'. */
export function formatShortDate(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  return `${m}月${d}日`;
}

export function formatPercent(part: number, whole: number): string {
  const value = percent(part, whole);
  return value === null ? '—' : `${value}%`;
}

/** An ISO timestamp as Beijing time: '2026-11-28T01:30:00Z' → '2026年11月28日 09:30'. */
export function formatDateTime(iso: string): string {
  const [date, time] = beijingDateAndMinute(new Date(iso));
  return `${formatDate(date)} ${time}`;
}
