import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { liveActivity, runningWithin } from '@/db/queries/projects';
import { inBranch, live, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import {
  activityRecords,
  aspectRecords,
  itemRecords,
  letterRecords,
  meetingRecords,
  noticeRecords,
  personRecords,
  planRecords,
  projectRecords,
  rectificationRecords,
  talkRecords,
  workOutputRecords,
} from '@/db/report/figures/records';
import { type FigureTable, groupableTable } from '@/db/report/figures/types';
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
import { secretaryProjectKind } from '@/lib/service/model';

export const meetingsTable = groupableTable(
  { records: meetingRecords, recordId: meetings.id },
  meetings.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(meetings)
      .where(and(liveIn(meetings, scope), eq(meetings.status, 'held'), withinYear(meetings.date, year))),
);

export const talksTable = groupableTable(
  { records: talkRecords, recordId: talks.id },
  talks.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(talks)
      .where(and(liveIn(talks, scope), withinYear(talks.date, year))),
);

export const developmentStepsTable = groupableTable(
  { records: personRecords, recordId: developmentRecords.personId },
  developmentStepRecords.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(developmentStepRecords)
      .innerJoin(developmentRecords, eq(developmentRecords.id, developmentStepRecords.recordId))
      .where(and(inBranch(developmentStepRecords, scope), withinYear(developmentStepRecords.date, year))),
);

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
      .where(and(inBranch(projectActivities, scope), liveActivity, withinYear(projectActivities.date, year)))
      .get()!,
};

export const activitiesTable = groupableTable(
  { records: activityRecords, recordId: projectActivities.id },
  projectActivities.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(projectActivities)
      .innerJoin(projects, eq(projects.id, projectActivities.projectId))
      .where(and(inBranch(projectActivities, scope), liveActivity, withinYear(projectActivities.date, year))),
);

export const projectsTable: FigureTable = {
  records: projectRecords,
  recordId: projects.id,
  aggregate: (fields, scope, year) =>
    db
      .select(fields)
      .from(projects)
      .where(and(liveIn(projects, scope), runningWithin(`${year}-01-01`, `${year}-12-31`)))
      .get()!,
};

// 书记项目 are counted by the year they were planned for (their start), so the year is each figure's own condition.
export const secretaryProjectsTable: FigureTable = {
  records: planRecords,
  recordId: projects.id,
  aggregate: (fields, scope) =>
    db
      .select(fields)
      .from(projects)
      .where(and(liveIn(projects, scope), eq(projects.kind, secretaryProjectKind)))
      .get()!,
};

export const integrityAspectsTable = groupableTable(
  { records: aspectRecords, recordId: integrityAspects.id },
  integrityAspects.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(integrityAspects)
      .where(and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year))),
);

export const integrityItemsTable = groupableTable(
  { records: itemRecords, recordId: integrityItems.id },
  integrityAspects.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(integrityItems)
      .innerJoin(integrityAspects, eq(integrityAspects.id, integrityItems.aspectId))
      .where(and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year), live(integrityItems))),
);

export const lettersTable = groupableTable(
  { records: letterRecords, recordId: commitmentLetters.id },
  commitmentLetters.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(commitmentLetters)
      .where(and(liveIn(commitmentLetters, scope), withinYear(commitmentLetters.date, year))),
);

export const workOutputsTable = groupableTable(
  { records: workOutputRecords, recordId: workOutputs.id },
  workOutputs.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(workOutputs)
      .where(and(liveIn(workOutputs, scope), withinYear(workOutputs.date, year))),
);

// Problems count by several dates (found, completed, checked off, carried over), so the year is each figure's own condition.
export const rectificationTable = groupableTable(
  { records: rectificationRecords, recordId: rectificationItems.id },
  rectificationItems.branchId,
  (fields, scope) => db.select(fields).from(rectificationItems).where(liveIn(rectificationItems, scope)),
);

export const noticesTable = groupableTable(
  { records: noticeRecords, recordId: notices.id },
  notices.branchId,
  (fields, scope, year) =>
    db
      .select(fields)
      .from(notices)
      .where(and(liveIn(notices, scope), eq(notices.state, 'published'), withinYear(notices.publishedAt, year))),
);
