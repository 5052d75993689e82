import 'server-only';
import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Transaction } from '@/db/client';
import { type BranchVersionedTable, updateVersioned } from '@/db/mutations/write';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { type Direction, moveOnePlace } from '@/lib/reorder';

type OrderedTable = BranchVersionedTable & { sortOrder: AnySQLiteColumn };

/**
 * Moves one row a place up or down among its siblings (the rows `siblings` selects, the row included)
 * and renumbers them 0, 1, 2 … in their new order. The moved row must still have the version the
 * caller read; siblings whose place changes get a new version too.
 */
export function moveAmongSiblings<T extends OrderedTable>(
  tx: Transaction,
  table: T,
  key: { id: number; branchId: number; version: number },
  siblings: SQL | undefined,
  direction: Direction,
) {
  const rows = tx
    .select({ id: table.id, sortOrder: table.sortOrder })
    .from(table)
    .where(siblings)
    .orderBy(asc(table.sortOrder), asc(table.id))
    .all() as { id: number; sortOrder: number }[];
  const ids = rows.map((r) => r.id);
  if (!ids.includes(key.id)) throw new ActionError(notFoundMessage);
  const order = moveOnePlace(ids, key.id, direction);
  if (order.every((id, i) => id === ids[i])) {
    throw new ActionError(direction === 'up' ? '已在最前面，无法上移' : '已在最后面，无法下移');
  }
  const moved = updateVersioned(tx, table, key, { sortOrder: order.indexOf(key.id) } as Partial<T['$inferInsert']>);
  const now = nowIso();
  order.forEach((id, index) => {
    if (id === key.id || rows.find((r) => r.id === id)!.sortOrder === index) return;
    tx.update(table)
      .set({ sortOrder: index, version: sql`${table.version} + 1`, updatedAt: now } as Partial<T['$inferInsert']>)
      .where(eq(table.id, id))
      .run();
  });
  return { ...moved, order };
}
