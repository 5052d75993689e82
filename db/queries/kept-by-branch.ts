import 'server-only';
import { sql } from 'drizzle-orm';
import { db } from '@/db';
import { auditLog, branches } from '@/db/schema';

/**
 * Each branch's latest audit entry id (0 before any): the version of its records. Every write is audited
 * under the branch it touches, so what was computed from a branch's records at a version still stands
 * while the version is unchanged. One index seek per branch.
 */
function branchVersions(branchIds: readonly number[]): Map<number, number> {
  if (branchIds.length === 0) return new Map();
  const rows = db.all<{ id: number; version: number | null }>(sql`
    SELECT b.id AS id, (SELECT max(a.id) FROM ${auditLog} a WHERE a.branch_id = b.id) AS version
    FROM ${branches} b WHERE b.id IN ${[...branchIds]}`);
  return new Map(rows.map((r) => [r.id, r.version ?? 0]));
}

/**
 * Values computed from each branch's records, kept until that branch's next write: the overview's facts, an
 * organisation's figures. `read` answers every branch's value under every key, computing in one call (one
 * set of grouped queries) the branches with any value missing or written since. A change made behind the
 * app's back stays unseen until its branch's next audited write. At most `limit` values are kept.
 */
export function keptByBranch<T>(limit: number) {
  const kept = new Map<string, { version: number; value: T }>();
  const slot = (branchId: number, key: string) => `${branchId}|${key}`;
  function keep(at: string, entry: { version: number; value: T }) {
    kept.delete(at);
    kept.set(at, entry);
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
  }

  return function read(
    branchIds: readonly number[],
    keys: readonly string[],
    compute: (stale: number[]) => Map<number, Map<string, T>>,
  ): Map<number, Map<string, T>> {
    const before = branchVersions(branchIds);
    // Read into the answer before anything is kept: keeping may evict what this call still needs.
    const values = new Map<number, Map<string, T>>();
    const stale: number[] = [];
    for (const id of branchIds) {
      const found = new Map<string, T>();
      for (const key of keys) {
        const entry = kept.get(slot(id, key));
        if (entry && entry.version === before.get(id)) found.set(key, entry.value);
      }
      if (found.size === keys.length) values.set(id, found);
      else stale.push(id);
    }
    if (stale.length === 0) return values;
    const fresh = compute(stale);
    // Kept only where nothing was written while they were computed.
    const after = branchVersions(stale);
    for (const id of stale) {
      const own = fresh.get(id)!;
      values.set(id, own);
      const version = before.get(id)!;
      for (const key of keys) {
        if (after.get(id) === version) keep(slot(id, key), { version, value: own.get(key)! });
        else kept.delete(slot(id, key));
      }
    }
    return values;
  };
}
