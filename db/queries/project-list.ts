import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { liveActivity, participantScope, runningWithin, tookPartInProject } from '@/db/queries/projects';
import { inBranch, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { activityOutputs, projectActivities, projects } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/* The projects page: the year's projects, next year's planned ones, and the records behind a total. */

/** Projects running in a year (their period overlaps it), with the year's activity count. */
export function listProjects(user: SessionUser, year: number) {
  const personId = participantScope(user);
  const activitiesInYear = db
    .select({ projectId: projectActivities.projectId, n: sql<number>`count(*)`.as('n') })
    .from(projectActivities)
    .where(and(liveIn(projectActivities, user), withinYear(projectActivities.date, year)))
    .groupBy(projectActivities.projectId)
    .as('activities_in_year');
  return db
    .select({
      id: projects.id,
      kind: projects.kind,
      name: projects.name,
      partner: projects.partner,
      status: projects.status,
      startDate: projects.startDate,
      endDate: projects.endDate,
      activities: sql<number>`coalesce(${activitiesInYear.n}, 0)`,
    })
    .from(projects)
    .leftJoin(activitiesInYear, eq(activitiesInYear.projectId, projects.id))
    .where(
      and(
        liveIn(projects, user),
        runningWithin(`${year}-01-01`, `${year}-12-31`),
        personId === null ? undefined : tookPartInProject(personId),
      ),
    )
    .orderBy(asc(projects.kind), desc(projects.startDate))
    .all();
}

/** Projects planned (not yet started) to begin in a year: next year's 书记项目 while this one is open. */
export function listPlannedProjects(user: SessionUser, year: number) {
  return db
    .select({ id: projects.id, kind: projects.kind, name: projects.name, startDate: projects.startDate })
    .from(projects)
    .where(and(liveIn(projects, user), eq(projects.status, 'planned'), withinYear(projects.startDate, year)))
    .orderBy(asc(projects.startDate))
    .all();
}

/** The records behind one year total: each activity's quantity of the output type. */
export function outputEntries(user: SessionUser, year: number, outputTypeId: number) {
  return db
    .select({
      activityId: projectActivities.id,
      projectId: projects.id,
      projectName: projects.name,
      date: projectActivities.date,
      title: projectActivities.title,
      quantity: activityOutputs.quantity,
      note: activityOutputs.note,
    })
    .from(activityOutputs)
    .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .where(
      and(
        inBranch(activityOutputs, user),
        eq(activityOutputs.outputTypeId, outputTypeId),
        liveActivity,
        withinYear(projectActivities.date, year),
      ),
    )
    .orderBy(asc(projectActivities.date), asc(projectActivities.id))
    .all();
}
