import 'server-only';
import { and, asc, eq, exists, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { currentIn, inBranch, live, type Scope } from '@/db/queries/scope';
import { activityParticipants, outputTypes, projectActivities, projectMembers, projects } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

/*
 * What every projects page and the report share: the output types, when a project runs, and what a
 * member may see. Each page's own reads are beside it (project-list, project-detail, project-forms,
 * project-ledger).
 */

/** An activity that is not removed, of a project that is not removed. */
export const liveActivity = and(live(projectActivities), live(projects));

/** A project runs between two dates when its period overlaps them (an open end runs on). */
export const runningWithin = (start: string, end: string) =>
  and(lte(projects.startDate, end), or(isNull(projects.endDate), gte(projects.endDate, start)));

/** A member (without projects.read) sees only what they took part in; null means everything. */
export function participantScope(user: SessionUser): number | null {
  return can(user, 'projects.read') ? null : (user.personId ?? -1);
}

const memberOfProject = (personId: number) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(projectMembers)
      .where(and(eq(projectMembers.projectId, projects.id), eq(projectMembers.personId, personId))),
  );

const joinedAnyActivity = (personId: number) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(activityParticipants)
      .innerJoin(projectActivities, eq(projectActivities.id, activityParticipants.activityId))
      .where(
        and(
          eq(projectActivities.projectId, projects.id),
          live(projectActivities),
          eq(activityParticipants.personId, personId),
        ),
      ),
  );

/** The person is a member of the project or took part in one of its live activities. */
export const tookPartInProject = (personId: number) => or(memberOfProject(personId), joinedAnyActivity(personId));

export function listOutputTypes(scope: Scope, { includeArchived = false } = {}) {
  return db
    .select({
      id: outputTypes.id,
      category: outputTypes.category,
      name: outputTypes.name,
      unit: outputTypes.unit,
      archivedAt: outputTypes.archivedAt,
      version: outputTypes.version,
    })
    .from(outputTypes)
    .where(includeArchived ? inBranch(outputTypes, scope) : currentIn(outputTypes, scope))
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
}
export type OutputTypeRow = ReturnType<typeof listOutputTypes>[number];

/** Whether the person took part in an activity (a member may then see its photos). */
export function tookPartInActivity(personId: number, activityId: number): boolean {
  return !!db
    .select({ id: activityParticipants.id })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.personId, personId)))
    .get();
}
