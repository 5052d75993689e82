import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '@/db';
import type { BranchScope } from '@/db/queries/scope';
import { branches } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** The branches the user may read, for the reviewer's branch switcher. */
export function listReadableBranches(user: SessionUser) {
  return db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(inArray(branches.id, user.branchIds))
    .orderBy(asc(branches.id))
    .all();
}

/** The day the reader's branch began keeping its records here (null: its history is all here). */
export function recordsFrom(scope: BranchScope): string | null {
  return (
    db.select({ recordsFrom: branches.recordsFrom }).from(branches).where(eq(branches.id, scope.branchId)).get()
      ?.recordsFrom ?? null
  );
}

/** The branch's own settings row, with its version, for the settings page. */
export function branchSettings(scope: BranchScope) {
  return db
    .select({
      id: branches.id,
      version: branches.version,
      name: branches.name,
      recordsFrom: branches.recordsFrom,
      noticeFourEyes: branches.noticeFourEyes,
    })
    .from(branches)
    .where(eq(branches.id, scope.branchId))
    .get()!;
}
