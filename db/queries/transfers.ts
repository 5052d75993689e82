import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import type { BranchScope } from '@/db/queries/scope';
import { branches, organisations } from '@/db/schema';

/** The top of the tree a branch belongs to: the organisation with no parent above it. */
function rootOf(scope: BranchScope): number | null {
  const row = db.all<{ id: number }>(sql`
    WITH RECURSIVE up(id, parent_id) AS (
      SELECT o.id, o.parent_id FROM ${organisations} o
        JOIN ${branches} b ON b.organisation_id = o.id WHERE b.id = ${scope.branchId}
      UNION ALL
      SELECT o.id, o.parent_id FROM ${organisations} o JOIN up ON o.id = up.parent_id
    )
    SELECT id FROM up WHERE parent_id IS NULL`)[0];
  return row?.id ?? null;
}

/**
 * The branches a member of this branch may be transferred to within the app: every other branch of the same
 * tree (under the same top organisation), by name.
 */
export function transferDestinations(scope: BranchScope): { id: number; name: string }[] {
  const root = rootOf(scope);
  if (root === null) return [];
  return db.all<{ id: number; name: string }>(sql`
    WITH RECURSIVE down(id) AS (
      SELECT ${root}
      UNION ALL
      SELECT o.id FROM ${organisations} o JOIN down ON o.parent_id = down.id
    )
    SELECT id, name FROM ${branches}
    WHERE organisation_id IN (SELECT id FROM down) AND id <> ${scope.branchId}
    ORDER BY name, id`);
}
