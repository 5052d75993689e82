import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Whose records a query reads: one branch. A signed-in user is a scope (it carries its branchId); the
 * report engine and scripts pass `{ branchId }` for a branch they were given.
 */
export type BranchScope = { readonly branchId: number };

type BranchTable = { branchId: AnySQLiteColumn };
type SoftDeletable = { deletedAt: AnySQLiteColumn };
type Archivable = { archivedAt: AnySQLiteColumn };

/** Rows not deleted (records with history are deleted softly, by stamping deletedAt). */
export function live(table: SoftDeletable): SQL {
  return isNull(table.deletedAt);
}

/** Rows of the scope's branch, deleted ones included (for history and restores). */
export function inBranch(table: BranchTable, scope: BranchScope): SQL {
  return eq(table.branchId, scope.branchId);
}

/** Rows of the scope's branch that are not deleted: what almost every read wants. */
export function liveIn(table: BranchTable & SoftDeletable, scope: BranchScope): SQL {
  return and(inBranch(table, scope), live(table))!;
}

/**
 * Rows of the scope's branch that are not archived. People who left the branch, dissolved party groups
 * and retired kinds are archived rather than deleted (stamping archivedAt): the records that name them
 * keep them, while rosters, pickers and checks see only the current ones.
 */
export function currentIn(table: BranchTable & Archivable, scope: BranchScope): SQL {
  return and(inBranch(table, scope), isNull(table.archivedAt))!;
}
