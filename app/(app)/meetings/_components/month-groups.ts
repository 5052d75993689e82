/** One month of a year's list, newest month first when the rows came newest first. */
export type MonthGroup<T> = { month: number; label: string; rows: T[] };

/**
 * Splits rows already in date order into runs of one calendar month ('2026-04-10' → 4, '4月'), keeping
 * their order. A year's meetings on a phone read as months with headings rather than one long column.
 */
export function groupByMonth<T extends { date: string }>(rows: T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const row of rows) {
    const month = Number(row.date.slice(5, 7));
    const last = groups.at(-1);
    if (last && last.month === month) last.rows.push(row);
    else groups.push({ month, label: `${month}月`, rows: [row] });
  }
  return groups;
}
