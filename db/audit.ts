import type { Executor } from '@/db/client';
import { auditLog } from '@/db/schema';
import { maskPrivate } from '@/lib/audit/mask';
import { nowIso } from '@/lib/clock';

export type AuditInput = {
  accountId: number | null;
  branchId: number | null;
  /** An organisation's own record (its report) belongs to no branch. */
  organisationId?: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

export function recordAudit(executor: Executor, entry: AuditInput) {
  executor
    .insert(auditLog)
    .values({
      at: nowIso(),
      accountId: entry.accountId,
      branchId: entry.branchId,
      organisationId: entry.organisationId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      before: entry.before ? maskPrivate(entry.before) : null,
      after: entry.after ? maskPrivate(entry.after) : null,
    })
    .run();
}
