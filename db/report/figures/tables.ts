import 'server-only';
import { and, eq, isNull, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '@/db';
import { runningWithin } from '@/db/queries/projects';
import { withinYear } from '@/db/queries/within-year';
import type { RecordKind } from '@/db/report/figures/records';
import {
  activityOutputs,
  commitmentLetters,
  developmentRecords,
  developmentStepRecords,
  integrityAspects,
  integrityItems,
  meetings,
  notices,
  outputTypes,
  projectActivities,
  projects,
  rectificationItems,
  talks,
  workOutputs,
} from '@/db/schema';

type Fields = Record<string, SQL>;

/**
 * A table figures are counted over: the rows of a branch that can count for a year (live records,
 * held meetings, published notices …), the record each row stands for, and the one aggregate query
 * that computes every requested figure over it at once. A figure narrows the rows further with its
 * own condition.
 */
export type FigureTable = {
  records: RecordKind;
  /** The id of the record a row stands for: a person for development steps, an activity for outputs. */
  recordId: AnySQLiteColumn;
  aggregate(fields: Fields, branchId: number, year: number): Record<string, unknown>;
};

const liveActivity = (branchId: number) =>
  and(eq(projectActivities.branchId, branchId), isNull(projectActivities.deletedAt), isNull(projects.deletedAt));

export const figureTables = {
  meetings: {
    records: 'meeting',
    recordId: meetings.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(meetings)
        .where(
          and(
            eq(meetings.branchId, branchId),
            isNull(meetings.deletedAt),
            eq(meetings.status, 'held'),
            withinYear(meetings.date, year),
          ),
        )
        .get()!,
  },
  talks: {
    records: 'talk',
    recordId: talks.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(talks)
        .where(and(eq(talks.branchId, branchId), isNull(talks.deletedAt), withinYear(talks.date, year)))
        .get()!,
  },
  developmentSteps: {
    records: 'person',
    recordId: developmentRecords.personId,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(developmentStepRecords)
        .innerJoin(developmentRecords, eq(developmentRecords.id, developmentStepRecords.recordId))
        .where(and(eq(developmentStepRecords.branchId, branchId), withinYear(developmentStepRecords.date, year)))
        .get()!,
  },
  serviceOutputs: {
    records: 'activity',
    recordId: projectActivities.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(activityOutputs)
        .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
        .innerJoin(projects, eq(projects.id, projectActivities.projectId))
        .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
        .where(and(liveActivity(branchId), withinYear(projectActivities.date, year)))
        .get()!,
  },
  activities: {
    records: 'activity',
    recordId: projectActivities.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(projectActivities)
        .innerJoin(projects, eq(projects.id, projectActivities.projectId))
        .where(and(liveActivity(branchId), withinYear(projectActivities.date, year)))
        .get()!,
  },
  projects: {
    records: 'project',
    recordId: projects.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(projects)
        .where(
          and(
            eq(projects.branchId, branchId),
            isNull(projects.deletedAt),
            runningWithin(`${year}-01-01`, `${year}-12-31`),
          ),
        )
        .get()!,
  },
  integrityAspects: {
    records: 'aspect',
    recordId: integrityAspects.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(integrityAspects)
        .where(
          and(
            eq(integrityAspects.branchId, branchId),
            eq(integrityAspects.year, year),
            isNull(integrityAspects.deletedAt),
          ),
        )
        .get()!,
  },
  integrityItems: {
    records: 'item',
    recordId: integrityItems.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(integrityItems)
        .innerJoin(integrityAspects, eq(integrityAspects.id, integrityItems.aspectId))
        .where(
          and(
            eq(integrityAspects.branchId, branchId),
            eq(integrityAspects.year, year),
            isNull(integrityAspects.deletedAt),
            isNull(integrityItems.deletedAt),
          ),
        )
        .get()!,
  },
  letters: {
    records: 'letter',
    recordId: commitmentLetters.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(commitmentLetters)
        .where(
          and(
            eq(commitmentLetters.branchId, branchId),
            isNull(commitmentLetters.deletedAt),
            withinYear(commitmentLetters.date, year),
          ),
        )
        .get()!,
  },
  workOutputs: {
    records: 'workOutput',
    recordId: workOutputs.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(workOutputs)
        .where(
          and(eq(workOutputs.branchId, branchId), isNull(workOutputs.deletedAt), withinYear(workOutputs.date, year)),
        )
        .get()!,
  },
  // Problems count by several dates (found, completed, checked off, carried over), so the year is each figure's own condition.
  rectification: {
    records: 'rectificationItem',
    recordId: rectificationItems.id,
    aggregate: (fields, branchId) =>
      db
        .select(fields)
        .from(rectificationItems)
        .where(and(eq(rectificationItems.branchId, branchId), isNull(rectificationItems.deletedAt)))
        .get()!,
  },
  notices: {
    records: 'notice',
    recordId: notices.id,
    aggregate: (fields, branchId, year) =>
      db
        .select(fields)
        .from(notices)
        .where(
          and(
            eq(notices.branchId, branchId),
            isNull(notices.deletedAt),
            eq(notices.state, 'published'),
            withinYear(notices.publishedAt, year),
          ),
        )
        .get()!,
  },
} satisfies Record<string, FigureTable>;

export type FigureTableName = keyof typeof figureTables;
