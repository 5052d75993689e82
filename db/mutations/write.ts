import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { AnySQLiteColumn, SQLiteTableWithColumns } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { type AuditInput, recordAudit } from '@/db/audit';
import type { Transaction } from '@/db/client';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, ConflictError, notFoundMessage } from '@/lib/errors';

/** Records an entry of the write, filed under the branch it names, else where the user works (`filedUnder`). */
export type Audit = (entry: Omit<AuditInput, 'accountId' | 'branchId'> & { branchId?: number | null }) => void;

/**
 * Where a write's audit entry is filed when it names no branch: the user's branch, or for an organisation's
 * account its organisation (the branch it is looking at is not what it wrote to).
 */
function filedUnder(user: SessionUser): { branchId: number | null; organisationId: number | null } {
  return user.organisationId === null
    ? { branchId: user.branchId, organisationId: null }
    : { branchId: null, organisationId: user.organisationId };
}

/**
 * Runs one write in one transaction together with its audit entries: either both land or neither.
 * BEGIN IMMEDIATE takes the write lock first: the server runs one process per core (scripts/serve.mjs),
 * and a deferred transaction that read before another process committed could not then write
 * (SQLITE_BUSY_SNAPSHOT); an immediate one waits its turn (busy timeout) and reads the latest data.
 */
export function writeWithAudit<T>(user: SessionUser, work: (tx: Transaction, audit: Audit) => T): T {
  return db.transaction(
    (tx) =>
      work(tx, (entry) =>
        recordAudit(tx, {
          ...entry,
          accountId: user.accountId,
          ...(entry.branchId === undefined ? filedUnder(user) : { branchId: entry.branchId }),
        }),
      ),
    { behavior: 'immediate' },
  );
}

// biome-ignore lint/suspicious/noExplicitAny: any table with these columns; drizzle has no narrower type for "some table".
export type BranchVersionedTable = SQLiteTableWithColumns<any> & {
  id: AnySQLiteColumn;
  version: AnySQLiteColumn;
  updatedAt: AnySQLiteColumn;
};

/**
 * Updates one owned row only if it still has the version the caller read. Returns the row before and
 * after for the audit entry; a stale version is a conflict, a row of another owner does not exist.
 * The owner is a branch, or for an organisation's own records (its report) the organisation. A table
 * without `branchId` (branches itself) is owned by its id: a branch's row is its own.
 */
export function updateVersioned<T extends BranchVersionedTable>(
  tx: Transaction,
  table: T,
  key: { id: number; version: number } & ({ branchId: number } | { organisationId: number }),
  values: Partial<T['$inferInsert']>,
): { before: T['$inferSelect']; after: T['$inferSelect'] } {
  const owned =
    'branchId' in key
      ? eq('branchId' in table ? table.branchId : table.id, key.branchId)
      : eq(table.organisationId, key.organisationId);
  const ownRow = and(eq(table.id, key.id), owned);
  const before = tx.select().from(table).where(ownRow).get() as T['$inferSelect'] | undefined;
  if (!before) throw new ActionError(notFoundMessage);
  const result = tx
    .update(table)
    .set({ ...values, version: sql`${table.version} + 1`, updatedAt: nowIso() })
    .where(and(ownRow, eq(table.version, key.version)))
    .run();
  if (result.changes !== 1) throw new ConflictError();
  const after = tx.select().from(table).where(eq(table.id, key.id)).get() as T['$inferSelect'];
  return { before, after };
}
