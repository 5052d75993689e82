import 'server-only';
import { and, asc, desc, eq, exists, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { participantScope, tookPartInProject } from '@/db/queries/projects';
import { live, liveIn } from '@/db/queries/scope';
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
import type { SessionUser } from '@/lib/auth/session-user';

/* A project's page (and its edit form): the project in full, as the reader may see it. */

const joinedActivity = (personId: number) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(activityParticipants)
      .where(
        and(eq(activityParticipants.activityId, projectActivities.id), eq(activityParticipants.personId, personId)),
      ),
  );

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
      and(eq(projects.id, id), liveIn(projects, user), personId === null ? undefined : tookPartInProject(personId)),
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
        live(projectActivities),
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
    .where(and(eq(projectActivities.projectId, id), live(projectActivities)))
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
            live(attachments),
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
