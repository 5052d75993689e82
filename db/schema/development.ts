import { relations } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { meetings } from '@/db/schema/meetings';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { type DevelopmentStepCode, developmentSteps, type RuleFinding } from '@/lib/development/steps';

const stepCodes = developmentSteps.map((s) => s.code) as [DevelopmentStepCode, ...DevelopmentStepCode[]];

/** One person's way from application to full membership. */
export const developmentRecords = sqliteTable(
  'development_records',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    /** Set when the process ends without full membership (qualification cancelled, moved away …). */
    stoppedAt: text(),
    stopReason: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('development_records_branch_idx').on(t.branchId),
    uniqueIndex('development_records_person_idx').on(t.personId),
  ],
);

/** A recorded step of the 25, with the fields that step needs and the soft-rule warnings it was saved with. */
export const developmentStepRecords = sqliteTable(
  'development_steps',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    recordId: integer()
      .notNull()
      .references(() => developmentRecords.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    code: text({ enum: stepCodes }).notNull(),
    date: text().notNull(),
    data: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default({}),
    meetingId: integer().references(() => meetings.id),
    warnings: text({ mode: 'json' }).$type<RuleFinding[]>().notNull().default([]),
    recordedBy: integer().references(() => accounts.id),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('development_steps_record_idx').on(t.recordId, t.date),
    index('development_steps_branch_code_date_idx').on(t.branchId, t.code, t.date),
  ],
);

export const developmentRecordsRelations = relations(developmentRecords, ({ one, many }) => ({
  person: one(people, { fields: [developmentRecords.personId], references: [people.id] }),
  steps: many(developmentStepRecords),
}));

export const developmentStepRecordsRelations = relations(developmentStepRecords, ({ one }) => ({
  record: one(developmentRecords, { fields: [developmentStepRecords.recordId], references: [developmentRecords.id] }),
}));

export type DevelopmentRecord = typeof developmentRecords.$inferSelect;
export type DevelopmentStepRow = typeof developmentStepRecords.$inferSelect;
