import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { runningWithin } from '@/db/queries/projects';
import { withinYear } from '@/db/queries/within-year';
import {
  activityRecords,
  aspectRecords,
  itemRecords,
  letterRecords,
  meetingRecords,
  noticeRecords,
  personRecords,
  projectRecords,
  rectificationRecords,
  talkRecords,
  workOutputRecords,
} from '@/db/report/figures/records';
import type { FigureTable } from '@/db/report/figures/types';
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

const liveActivity = (branchId: number) =>
  and(eq(projectActivities.branchId, branchId), isNull(projectActivities.deletedAt), isNull(projects.deletedAt));

export const meetingsTable: FigureTable = {
  records: meetingRecords,
  recordId: meetings.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(meetings)
      .where(
        and(
          eq(meetings.branchId, scope.branchId),
          isNull(meetings.deletedAt),
          eq(meetings.status, 'held'),
          withinYear(meetings.date, year),
        ),
      )
      .get()!,
};

export const talksTable: FigureTable = {
  records: talkRecords,
  recordId: talks.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(talks)
      .where(and(eq(talks.branchId, scope.branchId), isNull(talks.deletedAt), withinYear(talks.date, year)))
      .get()!,
};

export const developmentStepsTable: FigureTable = {
  records: personRecords,
  recordId: developmentRecords.personId,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(developmentStepRecords)
      .innerJoin(developmentRecords, eq(developmentRecords.id, developmentStepRecords.recordId))
      .where(and(eq(developmentStepRecords.branchId, scope.branchId), withinYear(developmentStepRecords.date, year)))
      .get()!,
};

export const serviceOutputsTable: FigureTable = {
  records: activityRecords,
  recordId: projectActivities.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(activityOutputs)
      .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
      .where(and(liveActivity(scope.branchId), withinYear(projectActivities.date, year)))
      .get()!,
};

export const activitiesTable: FigureTable = {
  records: activityRecords,
  recordId: projectActivities.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(projectActivities)
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .where(and(liveActivity(scope.branchId), withinYear(projectActivities.date, year)))
      .get()!,
};

export const projectsTable: FigureTable = {
  records: projectRecords,
  recordId: projects.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(projects)
      .where(
        and(
          eq(projects.branchId, scope.branchId),
          isNull(projects.deletedAt),
          runningWithin(`${year}-01-01`, `${year}-12-31`),
        ),
      )
      .get()!,
};

export const integrityAspectsTable: FigureTable = {
  records: aspectRecords,
  recordId: integrityAspects.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(integrityAspects)
      .where(
        and(
          eq(integrityAspects.branchId, scope.branchId),
          eq(integrityAspects.year, year),
          isNull(integrityAspects.deletedAt),
        ),
      )
      .get()!,
};

export const integrityItemsTable: FigureTable = {
  records: itemRecords,
  recordId: integrityItems.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(integrityItems)
      .innerJoin(integrityAspects, eq(integrityAspects.id, integrityItems.aspectId))
      .where(
        and(
          eq(integrityAspects.branchId, scope.branchId),
          eq(integrityAspects.year, year),
          isNull(integrityAspects.deletedAt),
          isNull(integrityItems.deletedAt),
        ),
      )
      .get()!,
};

export const lettersTable: FigureTable = {
  records: letterRecords,
  recordId: commitmentLetters.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(commitmentLetters)
      .where(
        and(
          eq(commitmentLetters.branchId, scope.branchId),
          isNull(commitmentLetters.deletedAt),
          withinYear(commitmentLetters.date, year),
        ),
      )
      .get()!,
};

export const workOutputsTable: FigureTable = {
  records: workOutputRecords,
  recordId: workOutputs.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(workOutputs)
      .where(
        and(
          eq(workOutputs.branchId, scope.branchId),
          isNull(workOutputs.deletedAt),
          withinYear(workOutputs.date, year),
        ),
      )
      .get()!,
};

// Problems count by several dates (found, completed, checked off, carried over), so the year is each figure's own condition.
export const rectificationTable: FigureTable = {
  records: rectificationRecords,
  recordId: rectificationItems.id,
  aggregate: (fields, scope) =>
    db
      .select(fields)
      .from(rectificationItems)
      .where(and(eq(rectificationItems.branchId, scope.branchId), isNull(rectificationItems.deletedAt)))
      .get()!,
};

export const noticesTable: FigureTable = {
  records: noticeRecords,
  recordId: notices.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(notices)
      .where(
        and(
          eq(notices.branchId, scope.branchId),
          isNull(notices.deletedAt),
          eq(notices.state, 'published'),
          withinYear(notices.publishedAt, year),
        ),
      )
      .get()!,
};
