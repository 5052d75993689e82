import 'server-only';
import { and, asc, desc, eq, exists, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { db } from '@/db';
import { withinYear } from '@/db/queries/within-year';
import {
  activityOutputs,
  activityParticipants,
  attachments,
  outputTypes,
  people,
  projectActivities,
  projectMembers,
  projects,
  projectTargets,
} from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

const liveProject = (branchId: number) => and(eq(projects.branchId, branchId), isNull(projects.deletedAt));
const liveActivity = and(isNull(projectActivities.deletedAt), isNull(projects.deletedAt));

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

const joinedActivity = (personId: number) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(activityParticipants)
      .where(
        and(eq(activityParticipants.activityId, projectActivities.id), eq(activityParticipants.personId, personId)),
      ),
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
          isNull(projectActivities.deletedAt),
          eq(activityParticipants.personId, personId),
        ),
      ),
  );

export function listOutputTypes(user: Pick<SessionUser, 'branchId'>, { includeArchived = false } = {}) {
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
    .where(and(eq(outputTypes.branchId, user.branchId), includeArchived ? undefined : isNull(outputTypes.archivedAt)))
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
}
export type OutputTypeRow = ReturnType<typeof listOutputTypes>[number];

/** Projects running in a year (their period overlaps it), with the year's activity count. */
export function listProjects(user: SessionUser, year: number) {
  const personId = participantScope(user);
  const activitiesInYear = db
    .select({ projectId: projectActivities.projectId, n: sql<number>`count(*)`.as('n') })
    .from(projectActivities)
    .where(
      and(
        eq(projectActivities.branchId, user.branchId),
        isNull(projectActivities.deletedAt),
        withinYear(projectActivities.date, year),
      ),
    )
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
        liveProject(user.branchId),
        runningWithin(`${year}-01-01`, `${year}-12-31`),
        personId === null ? undefined : or(memberOfProject(personId), joinedAnyActivity(personId)),
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
    .where(and(liveProject(user.branchId), eq(projects.status, 'planned'), withinYear(projects.startDate, year)))
    .orderBy(asc(projects.startDate))
    .all();
}

/**
 * A project with its people, targets and what its activities achieved of each target's type, and its
 * activities with their participants, outputs and photos (six queries however many activities).
 * A member gets it only if they took part, and sees only the activities they took part in.
 */
export function getProject(user: SessionUser, id: number) {
  const personId = participantScope(user);
  const project = db
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.id, id),
        liveProject(user.branchId),
        personId === null ? undefined : or(memberOfProject(personId), joinedAnyActivity(personId)),
      ),
    )
    .get();
  if (!project) return null;

  const members = db
    .select({ id: people.id, name: people.name })
    .from(projectMembers)
    .innerJoin(people, eq(people.id, projectMembers.personId))
    .where(eq(projectMembers.projectId, id))
    .orderBy(asc(people.id))
    .all();
  const targets = db
    .select({
      outputTypeId: projectTargets.outputTypeId,
      quantity: projectTargets.quantity,
      note: projectTargets.note,
      name: outputTypes.name,
      unit: outputTypes.unit,
    })
    .from(projectTargets)
    .innerJoin(outputTypes, eq(outputTypes.id, projectTargets.outputTypeId))
    .where(eq(projectTargets.projectId, id))
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
  const activities = db
    .select({
      id: projectActivities.id,
      version: projectActivities.version,
      date: projectActivities.date,
      title: projectActivities.title,
      description: projectActivities.description,
      place: projectActivities.place,
      otherParticipants: projectActivities.otherParticipants,
    })
    .from(projectActivities)
    .where(
      and(
        eq(projectActivities.projectId, id),
        isNull(projectActivities.deletedAt),
        personId === null ? undefined : joinedActivity(personId),
      ),
    )
    .orderBy(desc(projectActivities.date), desc(projectActivities.id))
    .all();
  const activityIds = activities.map((a) => a.id);
  const participants = activityIds.length
    ? db
        .select({ activityId: activityParticipants.activityId, personId: people.id, name: people.name })
        .from(activityParticipants)
        .innerJoin(people, eq(people.id, activityParticipants.personId))
        .where(inArray(activityParticipants.activityId, activityIds))
        .orderBy(asc(people.id))
        .all()
    : [];
  const outputs = db
    .select({
      activityId: activityOutputs.activityId,
      outputTypeId: activityOutputs.outputTypeId,
      quantity: activityOutputs.quantity,
      note: activityOutputs.note,
      name: outputTypes.name,
      unit: outputTypes.unit,
    })
    .from(activityOutputs)
    .innerJoin(projectActivities, eq(projectActivities.id, activityOutputs.activityId))
    .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
    .where(and(eq(projectActivities.projectId, id), isNull(projectActivities.deletedAt)))
    .orderBy(asc(outputTypes.sortOrder), asc(outputTypes.id))
    .all();
  const photos = activityIds.length
    ? db
        .select({
          id: attachments.id,
          activityId: attachments.entityId,
          fileName: attachments.fileName,
          size: attachments.size,
        })
        .from(attachments)
        .where(
          and(
            eq(attachments.entity, 'project_activities'),
            inArray(attachments.entityId, activityIds),
            isNull(attachments.deletedAt),
          ),
        )
        .orderBy(asc(attachments.id))
        .all()
    : [];

  // Totals count every activity of the project, also those a member did not join.
  const totals = new Map<number, { outputTypeId: number; name: string; unit: string; total: number }>();
  for (const o of outputs) {
    const entry = totals.get(o.outputTypeId) ?? { outputTypeId: o.outputTypeId, name: o.name, unit: o.unit, total: 0 };
    entry.total += o.quantity;
    totals.set(o.outputTypeId, entry);
  }
  return {
    ...project,
    members,
    targets,
    totals: [...totals.values()],
    activities: activities.map((a) => ({
      ...a,
      participants: participants.filter((p) => p.activityId === a.id),
      outputs: outputs.filter((o) => o.activityId === a.id),
      photos: photos.filter((p) => p.activityId === a.id),
    })),
  };
}
export type ProjectDetail = NonNullable<ReturnType<typeof getProject>>;

/** An activity for its edit form, with participant ids and outputs. */
export function getActivityForEdit(user: SessionUser, id: number) {
  const activity = db
    .select({
      id: projectActivities.id,
      version: projectActivities.version,
      projectId: projectActivities.projectId,
      projectName: projects.name,
      date: projectActivities.date,
      title: projectActivities.title,
      description: projectActivities.description,
      place: projectActivities.place,
      otherParticipants: projectActivities.otherParticipants,
    })
    .from(projectActivities)
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .where(and(eq(projectActivities.id, id), eq(projectActivities.branchId, user.branchId), liveActivity))
    .get();
  if (!activity) return null;
  const participantIds = db
    .select({ id: activityParticipants.personId })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, id))
    .all()
    .map((r) => r.id);
  const outputs = db
    .select({
      outputTypeId: activityOutputs.outputTypeId,
      quantity: activityOutputs.quantity,
      note: activityOutputs.note,
    })
    .from(activityOutputs)
    .where(eq(activityOutputs.activityId, id))
    .all();
  const photos = db
    .select({ id: attachments.id, fileName: attachments.fileName, size: attachments.size })
    .from(attachments)
    .where(
      and(eq(attachments.entity, 'project_activities'), eq(attachments.entityId, id), isNull(attachments.deletedAt)),
    )
    .orderBy(asc(attachments.id))
    .all();
  return { ...activity, participantIds, outputs, photos };
}

/** Whether the person took part in an activity (a member may then see its photos). */
export function tookPartInActivity(personId: number, activityId: number): boolean {
  return !!db
    .select({ id: activityParticipants.id })
    .from(activityParticipants)
    .where(and(eq(activityParticipants.activityId, activityId), eq(activityParticipants.personId, personId)))
    .get();
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
        eq(activityOutputs.branchId, user.branchId),
        eq(activityOutputs.outputTypeId, outputTypeId),
        liveActivity,
        withinYear(projectActivities.date, year),
      ),
    )
    .orderBy(asc(projectActivities.date), asc(projectActivities.id))
    .all();
}

/** Every kind name the branch has used, for the kind picker. */
export function listUsedProjectKinds(user: SessionUser): string[] {
  return db
    .selectDistinct({ kind: projects.kind })
    .from(projects)
    .where(liveProject(user.branchId))
    .orderBy(asc(projects.kind))
    .all()
    .map((r) => r.kind);
}

/** The year's activities of all projects, with participants and outputs joined into text, for the ledger. */
export function activitiesForLedger(user: SessionUser, year: number) {
  const participantNames = db
    .select({
      activityId: activityParticipants.activityId,
      names: sql<string>`group_concat(${people.name}, '、')`.as('names'),
    })
    .from(activityParticipants)
    .innerJoin(people, eq(people.id, activityParticipants.personId))
    .where(eq(activityParticipants.branchId, user.branchId))
    .groupBy(activityParticipants.activityId)
    .as('participant_names');
  const outputText = db
    .select({
      activityId: activityOutputs.activityId,
      // Whole quantities without SQLite's trailing ".0" (3600, not 3600.0).
      text: sql<string>`group_concat(${outputTypes.name} || ' ' || iif(${activityOutputs.quantity} = cast(${activityOutputs.quantity} as integer), cast(${activityOutputs.quantity} as integer), ${activityOutputs.quantity}) || ' ' || ${outputTypes.unit}, '；')`.as(
        'text',
      ),
    })
    .from(activityOutputs)
    .innerJoin(outputTypes, eq(outputTypes.id, activityOutputs.outputTypeId))
    .where(eq(activityOutputs.branchId, user.branchId))
    .groupBy(activityOutputs.activityId)
    .as('output_text');
  return db
    .select({
      date: projectActivities.date,
      projectName: projects.name,
      kind: projects.kind,
      title: projectActivities.title,
      place: projectActivities.place,
      participants: participantNames.names,
      otherParticipants: projectActivities.otherParticipants,
      outputs: outputText.text,
    })
    .from(projectActivities)
    .innerJoin(projects, eq(projects.id, projectActivities.projectId))
    .leftJoin(participantNames, eq(participantNames.activityId, projectActivities.id))
    .leftJoin(outputText, eq(outputText.activityId, projectActivities.id))
    .where(and(eq(projectActivities.branchId, user.branchId), liveActivity, withinYear(projectActivities.date, year)))
    .orderBy(asc(projectActivities.date), asc(projectActivities.id))
    .all();
}
