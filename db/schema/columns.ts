import { sql } from 'drizzle-orm';
import { integer, text } from 'drizzle-orm/sqlite-core';

const nowIso = sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`;

/** Creation and last-change times as ISO-8601 UTC strings. */
export const timestamps = {
  createdAt: text().notNull().default(nowIso),
  updatedAt: text().notNull().default(nowIso),
};

/** Optimistic-locking counter: a save names the version it read and is refused if it moved on. */
export const versioned = {
  version: integer().notNull().default(1),
};
