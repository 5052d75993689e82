import { count, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';

/**
 * Inside an aggregate query: the ids behind a count, collected by SQLite in ascending order (none from
 * the empty side of an outer join), read back as numbers.
 */
export function idsOf(column: AnySQLiteColumn) {
  return sql<number[]>`json_group_array(${column} order by ${column}) filter (where ${column} is not null)`.mapWith(
    (value: string) => JSON.parse(value) as number[],
  );
}

/** Inside an aggregate query: the sum of a column to two decimals (no float dust), 0 when there are no rows. */
export function sumOf(column: AnySQLiteColumn) {
  return sql<number>`round(coalesce(sum(${column}), 0), 2)`.mapWith(Number);
}

/** How many rows of a table match a condition: one `count(*)` query. */
export function countRows(table: SQLiteTable, where: SQL | undefined): number {
  return db.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}
