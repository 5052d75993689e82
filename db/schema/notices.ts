import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { noticeStates } from '@/lib/rectification/model';

/** 党务公开: 提出 → 审核 (with a secrecy check) → 审批 → 公开. */
export const notices = sqliteTable(
  'notices',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    title: text().notNull(),
    content: text().notNull(),
    category: text().notNull(),
    state: text({ enum: noticeStates }).notNull().default('proposed'),
    proposedBy: integer().references(() => accounts.id),
    proposedAt: text().notNull(),
    reviewedBy: integer().references(() => accounts.id),
    reviewedAt: text(),
    /** The reviewer confirmed the item holds nothing secret. */
    secrecyChecked: integer({ mode: 'boolean' }).notNull().default(false),
    reviewNote: text(),
    approvedBy: integer().references(() => accounts.id),
    approvedAt: text(),
    publishedAt: text(),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('notices_branch_state_idx').on(t.branchId, t.state, t.publishedAt)],
);

/** A member marked a published notice as read. */
export const noticeReads = sqliteTable(
  'notice_reads',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    noticeId: integer()
      .notNull()
      .references(() => notices.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    readAt: text().notNull(),
  },
  (t) => [uniqueIndex('notice_reads_notice_person_idx').on(t.noticeId, t.personId)],
);

export type Notice = typeof notices.$inferSelect;
