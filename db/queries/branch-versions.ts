import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, branches } from '@/db/schema';

/**
 * Each branch's latest audit entry id (0 before any): the version of its records. Every write is audited
 * under the branch it touches, so what was computed from a branch's records at a version still stands
 * while the version is unchanged. One index seek per branch.
 */
export function branchVersions(branchIds: readonly number[]): Map<number, number> {
  if (branchIds.length === 0) return new Map();
  const rows = db.all<{ id: number; version: number | null }>(sql`
    SELECT b.id AS id, (SELECT max(a.id) FROM ${auditLog} a WHERE a.branch_id = b.id) AS version
    FROM ${branches} b WHERE b.id IN ${[...branchIds]}`);
  return new Map(rows.map((r) => [r.id, r.version ?? 0]));
}
