import { relations } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { outputCategories, projectStatuses } from '@/lib/service/model';

/** What a branch counts its service by: a name, a unit and the category the report groups it under. */
export const outputTypes = sqliteTable(
  'output_types',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    category: text({ enum: outputCategories }).notNull(),
    name: text().notNull(),
    unit: text().notNull(),
    sortOrder: integer().notNull().default(0),
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [uniqueIndex('output_types_branch_name_unit_idx').on(t.branchId, t.name, t.unit)],
);

/** 结对共建, 帮扶, 书记项目, 我为群众办实事, 志愿服务 or a kind of the branch's own. */
export const projects = sqliteTable(
  'projects',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    kind: text().notNull(),
    name: text().notNull(),
    partner: text(),
    goal: text(),
    startDate: text().notNull(),
    endDate: text(),
    /** Planned budget in 元. */
    budget: real(),
    status: text({ enum: projectStatuses }).notNull(),
    deletedAt: text(),
    createdBy: integer().references(() => accounts.id),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('projects_branch_start_idx').on(t.branchId, t.startDate)],
);

/** The people of the branch a project involves. */
export const projectMembers = sqliteTable(
  'project_members',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    projectId: integer()
      .notNull()
      .references(() => projects.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    uniqueIndex('project_members_project_person_idx').on(t.projectId, t.personId),
    index('project_members_person_idx').on(t.personId),
  ],
);

/** A 书记项目's target: so much of an output type, against which progress is shown. */
export const projectTargets = sqliteTable(
  'project_targets',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    projectId: integer()
      .notNull()
      .references(() => projects.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    outputTypeId: integer()
      .notNull()
      .references(() => outputTypes.id),
    quantity: real().notNull(),
    note: text(),
  },
  (t) => [uniqueIndex('project_targets_project_type_idx').on(t.projectId, t.outputTypeId)],
);

/** Something done under a project on a day, by members of the branch and others. */
export const projectActivities = sqliteTable(
  'project_activities',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    projectId: integer()
      .notNull()
      .references(() => projects.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    date: text().notNull(),
    title: text().notNull(),
    description: text(),
    place: text(),
    /** People taking part who are not on the roster (community members, volunteers …). */
    otherParticipants: integer().notNull().default(0),
    deletedAt: text(),
    createdBy: integer().references(() => accounts.id),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('project_activities_project_date_idx').on(t.projectId, t.date),
    index('project_activities_branch_date_idx').on(t.branchId, t.date),
  ],
);

export const activityParticipants = sqliteTable(
  'activity_participants',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    activityId: integer()
      .notNull()
      .references(() => projectActivities.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    uniqueIndex('activity_participants_activity_person_idx').on(t.activityId, t.personId),
    index('activity_participants_person_idx').on(t.personId),
  ],
);

/** A typed quantity an activity produced: money, goods, units built, households, people reached, propaganda. */
export const activityOutputs = sqliteTable(
  'activity_outputs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    activityId: integer()
      .notNull()
      .references(() => projectActivities.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    outputTypeId: integer()
      .notNull()
      .references(() => outputTypes.id),
    quantity: real().notNull(),
    note: text(),
  },
  (t) => [
    index('activity_outputs_activity_idx').on(t.activityId),
    index('activity_outputs_branch_type_idx').on(t.branchId, t.outputTypeId),
  ],
);

export const projectsRelations = relations(projects, ({ many }) => ({
  members: many(projectMembers),
  targets: many(projectTargets),
  activities: many(projectActivities),
}));

export const projectActivitiesRelations = relations(projectActivities, ({ one, many }) => ({
  project: one(projects, { fields: [projectActivities.projectId], references: [projects.id] }),
  participants: many(activityParticipants),
  outputs: many(activityOutputs),
}));

export const projectMembersRelations = relations(projectMembers, ({ one }) => ({
  project: one(projects, { fields: [projectMembers.projectId], references: [projects.id] }),
  person: one(people, { fields: [projectMembers.personId], references: [people.id] }),
}));

export const projectTargetsRelations = relations(projectTargets, ({ one }) => ({
  project: one(projects, { fields: [projectTargets.projectId], references: [projects.id] }),
  outputType: one(outputTypes, { fields: [projectTargets.outputTypeId], references: [outputTypes.id] }),
}));

export const activityParticipantsRelations = relations(activityParticipants, ({ one }) => ({
  activity: one(projectActivities, { fields: [activityParticipants.activityId], references: [projectActivities.id] }),
  person: one(people, { fields: [activityParticipants.personId], references: [people.id] }),
}));

export const activityOutputsRelations = relations(activityOutputs, ({ one }) => ({
  activity: one(projectActivities, { fields: [activityOutputs.activityId], references: [projectActivities.id] }),
  outputType: one(outputTypes, { fields: [activityOutputs.outputTypeId], references: [outputTypes.id] }),
}));

export type OutputType = typeof outputTypes.$inferSelect;
export type Project = typeof projects.$inferSelect;
export type ProjectActivity = typeof projectActivities.$inferSelect;
