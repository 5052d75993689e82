import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { branches, organisations } from '@/db/schema/organisations';

/** Append-only trail of every write: who, when, what, and the record before and after. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    accountId: integer().references(() => accounts.id),
    branchId: integer().references(() => branches.id),
    /** Set for a write to an organisation's own records (its duty report), which belong to no branch. */
    organisationId: integer().references(() => organisations.id),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: integer(),
    before: text({ mode: 'json' }),
    after: text({ mode: 'json' }),
  },
  (t) => [
    index('audit_branch_at_idx').on(t.branchId, t.at),
    // A branch's latest entry in one seek: the version of its records (db/queries/branch-facts-cache.ts).
    index('audit_branch_id_idx').on(t.branchId, t.id),
    index('audit_entity_idx').on(t.entity, t.entityId),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
