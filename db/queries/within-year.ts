import { and, gte, lte } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/** A YYYY-MM-DD date column inside a calendar year; uses the column's index as a range. */
export function withinYear(column: AnySQLiteColumn, year: number) {
  return and(gte(column, `${year}-01-01`), lte(column, `${year}-12-31`));
}
