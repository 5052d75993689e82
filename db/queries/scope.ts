import { and, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

/**
 * Whose records a query reads: one branch. A signed-in user is a scope (it carries its branchId); the
 * report engine and scripts pass `{ branchId }` for a branch they were given.
 */
export type BranchScope = { readonly branchId: number };

/**
 * Whose records a query over an organisation reads: every branch beneath it (the overview, the
 * organisation's own report). Rows are summed or grouped over these branches in one query.
 */
export type SubtreeScope = { readonly subtreeBranchIds: readonly number[] };

export type Scope = BranchScope | SubtreeScope;

export const isSubtree = (scope: Scope): scope is SubtreeScope => 'subtreeBranchIds' in scope;

type BranchTable = { branchId: AnySQLiteColumn };
type SoftDeletable = { deletedAt: AnySQLiteColumn };
type Archivable = { archivedAt: AnySQLiteColumn };

/** Rows not deleted (records with history are deleted softly, by stamping deletedAt). */
export function live(table: SoftDeletable): SQL {
  return isNull(table.deletedAt);
}

/** A key naming the scope, for what is kept per scope (figures, the picker's catalogue). */
export function scopeKey(scope: Scope): string {
  return isSubtree(scope) ? `subtree:${scope.subtreeBranchIds.join(',')}` : String(scope.branchId);
}

/** The scope's branches themselves (a row of `branches` is its own branch). */
export function scopeBranches(idColumn: AnySQLiteColumn, scope: Scope): SQL {
  return inBranch({ branchId: idColumn }, scope);
}

/** Rows of the scope's branch (or branches), deleted ones included (for history and restores). */
export function inBranch(table: BranchTable, scope: Scope): SQL {
  if (!isSubtree(scope)) return eq(table.branchId, scope.branchId);
  // An empty subtree reads nothing (IN () is not SQL).
  return inArray(table.branchId, scope.subtreeBranchIds.length ? [...scope.subtreeBranchIds] : [0]);
}

/** Rows of the scope's branch that are not deleted: what almost every read wants. */
export function liveIn(table: BranchTable & SoftDeletable, scope: Scope): SQL {
  return and(inBranch(table, scope), live(table))!;
}

/**
 * Rows of the scope's branch that are not archived. People who left the branch, dissolved party groups
 * and retired kinds are archived rather than deleted (stamping archivedAt): the records that name them
 * keep them, while rosters, pickers and checks see only the current ones.
 */
export function currentIn(table: BranchTable & Archivable, scope: Scope): SQL {
  return and(inBranch(table, scope), isNull(table.archivedAt))!;
}
