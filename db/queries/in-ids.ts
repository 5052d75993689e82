import { type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * `column IN (…ids)` with the ids bound as one JSON parameter: a list of any length. The records behind an
 * organisation's figure can number tens of thousands, more than the variables SQLite binds in a statement.
 */
export function inIds(column: AnySQLiteColumn, ids: readonly number[]): SQL {
  return sql`${column} in (select value from json_each(${JSON.stringify(ids)}))`;
}
