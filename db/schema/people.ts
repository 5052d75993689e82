import { relations } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches, partyGroups } from '@/db/schema/organisations';
import { genders, politicalStatuses } from '@/lib/people/model';

/** Everyone the branch keeps a record of: members, people in development, and the masses they work with. */
export const people = sqliteTable(
  'people',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    groupId: integer().references(() => partyGroups.id),
    name: text().notNull(),
    gender: text({ enum: genders }).notNull(),
    ethnicity: text().notNull().default('汉族'),
    birthDate: text(),
    education: text(),
    unit: text(),
    post: text(),
    phone: text(),
    idNumber: text(),
    address: text(),
    politicalStatus: text({ enum: politicalStatuses }).notNull(),
    /** Date of admission as a probationary member (the branch meeting that admitted them). */
    probationaryDate: text(),
    /** Date of full membership; 党龄 counts from here. */
    fullMemberDate: text(),
    committeeTitle: text(),
    /** The day their organisational relationship moved into this branch (转入); null: here before the records. */
    joinedBranchOn: text(),
    /** The day it moved out (转出); their history here stays. */
    leftBranchOn: text(),
    /** Where it moved to (组织关系转接): the receiving organisation's name, as the introduction letter gives it. */
    transferredTo: text(),
    /** The person's row in the branch they came from, when they moved in from a branch here. */
    transferredFromId: integer().references((): AnySQLiteColumn => people.id),
    /** Set when the person leaves the branch; their history stays. */
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('people_branch_status_idx').on(t.branchId, t.politicalStatus),
    index('people_branch_group_idx').on(t.branchId, t.groupId),
  ],
);

export const peopleRelations = relations(people, ({ one }) => ({
  branch: one(branches, { fields: [people.branchId], references: [branches.id] }),
  group: one(partyGroups, { fields: [people.groupId], references: [partyGroups.id] }),
}));

export type Person = typeof people.$inferSelect;
export type NewPerson = typeof people.$inferInsert;
