import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { meetings } from '@/db/schema/meetings';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { reports } from '@/db/schema/reports';
import { rectificationSources, rectificationStates } from '@/lib/rectification/model';

/** A problem found and its rectification: 整改中 → 已完成 (with evidence) → 已销号 (checked by someone else). */
export const rectificationItems = sqliteTable(
  'rectification_items',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    /** The grouping the report counts ("三个方面四个问题"). */
    aspect: text().notNull(),
    problem: text().notNull(),
    source: text({ enum: rectificationSources }).notNull(),
    sourceMeetingId: integer().references(() => meetings.id),
    /** The report whose review comment raised the item (source 述职评议). */
    sourceReportId: integer().references(() => reports.id),
    sourceNote: text(),
    measures: text(),
    responsiblePersonId: integer()
      .notNull()
      .references(() => people.id),
    foundDate: text().notNull(),
    deadline: text().notNull(),
    evidence: text(),
    state: text({ enum: rectificationStates }).notNull().default('in_progress'),
    completedAt: text(),
    completedBy: integer().references(() => accounts.id),
    checkedOffAt: text(),
    checkedOffBy: integer().references(() => accounts.id),
    /** The secretary's reason for the latest reopening. */
    reopenReason: text(),
    createdBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('rectification_branch_found_idx').on(t.branchId, t.foundDate),
    index('rectification_branch_state_idx').on(t.branchId, t.state),
    index('rectification_responsible_idx').on(t.responsiblePersonId),
  ],
);

export type RectificationItem = typeof rectificationItems.$inferSelect;
