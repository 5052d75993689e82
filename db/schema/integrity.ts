import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from '@/db/schema/columns';
import { meetings } from '@/db/schema/meetings';
import { branches } from '@/db/schema/organisations';

/** 主体责任清单: a year's aspects (方面), each with its items (内容) and who answers for them. */
export const integrityAspects = sqliteTable(
  'integrity_aspects',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    year: integer().notNull(),
    title: text().notNull(),
    sortOrder: integer().notNull().default(0),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('integrity_aspects_branch_year_idx').on(t.branchId, t.year)],
);

export const integrityItems = sqliteTable(
  'integrity_items',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    aspectId: integer()
      .notNull()
      .references(() => integrityAspects.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    content: text().notNull(),
    /** Who answers for the item: a post or a name (党组书记, 分管副局长, 各股室负责人 …). */
    responsible: text().notNull(),
    sortOrder: integer().notNull().default(0),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('integrity_items_aspect_idx').on(t.aspectId)],
);

/** A signed 承诺书 / 责任书: who signed with whom, when; the scan is an attachment. */
export const commitmentLetters = sqliteTable(
  'commitment_letters',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    date: text().notNull(),
    title: text().notNull(),
    /** The one who signs for the leadership (党组书记 …). */
    signer: text().notNull(),
    counterpartKind: text().notNull(),
    counterpart: text().notNull(),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('commitment_letters_branch_date_idx').on(t.branchId, t.date)],
);

/** A meeting held on clean government (linked, not copied). */
export const integrityMeetings = sqliteTable(
  'integrity_meetings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('integrity_meetings_meeting_idx').on(t.meetingId),
    index('integrity_meetings_branch_idx').on(t.branchId),
  ],
);

export type IntegrityAspect = typeof integrityAspects.$inferSelect;
export type IntegrityItem = typeof integrityItems.$inferSelect;
export type CommitmentLetter = typeof commitmentLetters.$inferSelect;
