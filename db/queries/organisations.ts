import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { untilNextWrite } from '@/db/cache';
import { branches, organisations } from '@/db/schema';
import type { BranchLeaf, OrganisationNode } from '@/lib/organisations/tree';

/** The organisation and every organisation beneath it, at any depth (one recursive query). */
const subtree = (rootId: number) => sql`
  WITH RECURSIVE subtree(id) AS (
    SELECT ${rootId}
    UNION ALL
    SELECT ${organisations.id} FROM ${organisations} JOIN subtree ON ${organisations.parentId} = subtree.id
  )`;

/** Every organisation of the subtree under `rootId`, the root included. */
export function subtreeOrganisations(rootId: number): OrganisationNode[] {
  return db.all<OrganisationNode>(sql`${subtree(rootId)}
    SELECT id, parent_id AS parentId, name, level, sort_order AS sortOrder
    FROM ${organisations} WHERE id IN (SELECT id FROM subtree)`);
}

/**
 * Every organisation anywhere beneath `rootId`, not the root itself, in their order (sortOrder, then id):
 * those whose own reports the root's accounts review.
 */
export function organisationsBeneath(rootId: number): OrganisationNode[] {
  return subtreeOrganisations(rootId)
    .filter((o) => o.id !== rootId)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
}

const kept = untilNextWrite<BranchLeaf[]>(100);

/**
 * Every branch anywhere beneath `rootId`, in id order: read for every request of an organisation's account
 * (its readable branches), so kept until the next write. Shared: read it, never change it.
 */
export function subtreeBranches(rootId: number): BranchLeaf[] {
  return kept.get(String(rootId), () =>
    db.all<BranchLeaf>(sql`${subtree(rootId)}
      SELECT id, organisation_id AS organisationId, name
      FROM ${branches} WHERE organisation_id IN (SELECT id FROM subtree) ORDER BY id`),
  );
}

/** One organisation's name and level, or undefined. */
export function organisationById(id: number) {
  return db.all<OrganisationNode>(sql`
    SELECT id, parent_id AS parentId, name, level, sort_order AS sortOrder FROM ${organisations} WHERE id = ${id}`)[0];
}
