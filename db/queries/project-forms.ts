import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { liveActivity } from '@/db/queries/projects';
import { inBranch, live, liveIn } from '@/db/queries/scope';
import { activityOutputs, activityParticipants, attachments, projectActivities, projects } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/* What the project and activity forms read besides the project itself. */

/** Every kind name the branch has used, for the kind picker. */
export function listUsedProjectKinds(user: SessionUser): string[] {
  return db
    .selectDistinct({ kind: projects.kind })
    .from(projects)
    .where(liveIn(projects, user))
    .orderBy(asc(projects.kind))
    .all()
    .map((r) => r.kind);
}

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
    .where(and(eq(projectActivities.id, id), inBranch(projectActivities, user), liveActivity))
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
    .where(and(eq(attachments.entity, 'project_activities'), eq(attachments.entityId, id), live(attachments)))
    .orderBy(asc(attachments.id))
    .all();
  return { ...activity, participantIds, outputs, photos };
}
