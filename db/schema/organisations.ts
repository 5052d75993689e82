import { relations } from 'drizzle-orm';
import { type AnySQLiteColumn, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from '@/db/schema/columns';
import { branchKinds } from '@/lib/branches/model';
import { organisationLevels } from '@/lib/organisations/model';

/**
 * A party organisation above branches (党委, 党工委, 党总支), a node of a tree of any depth: its reviewers
 * and secretary read every branch beneath it, and it reviews the reports of its children.
 */
export const organisations = sqliteTable(
  'organisations',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The organisation above; null at the top of the tree. */
    parentId: integer().references((): AnySQLiteColumn => organisations.id),
    name: text().notNull(),
    level: text({ enum: organisationLevels }).notNull().default('working_committee'),
    sortOrder: integer().notNull().default(0),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('organisations_parent_idx').on(t.parentId)],
);

/** 党支部. */
export const branches = sqliteTable(
  'branches',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** The organisation directly above (a 党委, 党工委 or 党总支). */
    organisationId: integer()
      .notNull()
      .references(() => organisations.id),
    name: text().notNull(),
    /** 机关, 村（社区）, 学校 …: chooses the defaults and the report template, nothing else. */
    kind: text({ enum: branchKinds }).notNull().default('agency'),
    /** 公示 period of member development in working days (commonly 5). */
    developmentNoticeWorkingDays: integer().notNull().default(5),
    /**
     * The day the branch began keeping its records here: periods that ended before it are not judged
     * (their meetings were kept on paper). Null: every period is judged (a branch with its history here).
     */
    recordsFrom: text(),
    /**
     * The day the secretary finished 上线准备 (groups, roster, accounts, the year's plans). Until then
     * the branch's committee sees the setup checklist instead of meeting warnings.
     */
    setupDoneOn: text(),
    /** 党务公开 four-eyes rule: an item is reviewed (审核) and approved (审批) by someone other than its proposer. */
    noticeFourEyes: integer({ mode: 'boolean' }).notNull().default(false),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('branches_organisation_idx').on(t.organisationId)],
);

/** 党小组 inside a branch. */
export const partyGroups = sqliteTable(
  'party_groups',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    name: text().notNull(),
    sortOrder: integer().notNull().default(0),
    /** Set when the group was dissolved or merged into another; its past meetings keep its name. */
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('party_groups_branch_idx').on(t.branchId)],
);

export const organisationsRelations = relations(organisations, ({ one, many }) => ({
  parent: one(organisations, { fields: [organisations.parentId], references: [organisations.id] }),
  branches: many(branches),
}));

export const branchesRelations = relations(branches, ({ one, many }) => ({
  organisation: one(organisations, { fields: [branches.organisationId], references: [organisations.id] }),
  groups: many(partyGroups),
}));

export const partyGroupsRelations = relations(partyGroups, ({ one }) => ({
  branch: one(branches, { fields: [partyGroups.branchId], references: [branches.id] }),
}));

export type Organisation = typeof organisations.$inferSelect;
export type Branch = typeof branches.$inferSelect;
export type PartyGroup = typeof partyGroups.$inferSelect;
