import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { accountNames } from '@/db/queries/account-name';
import { inBranch } from '@/db/queries/scope';
import { auditLog } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** Every audited change of one record of the caller's branch, oldest first, with who made it. */
export function recordHistory(user: SessionUser, entity: string, entityId: number) {
  const entries = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      accountId: auditLog.accountId,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(and(inBranch(auditLog, user), eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id))
    .all();
  const nameOf = accountNames(entries.map((e) => e.accountId));
  return entries.map((e) => ({ ...e, actorName: nameOf(e.accountId) }));
}

export type HistoryEntry = ReturnType<typeof recordHistory>[number];
