import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { liveActivity } from '@/db/queries/projects';
import { inBranch } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { activityOutputs, activityParticipants, outputTypes, people, projectActivities, projects } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/* The projects ledger (.xlsx): the year's activities as rows of text. */

/** The year's activities of all projects, with participants and outputs joined into text, for the ledger. */
export function activitiesForLedger(user: SessionUser, year: number) {
  const participantNames = db
    .select({
      activityId: activityParticipants.activityId,
      names: sql<string>`group_concat(${people.name}, '、')`.as('names'),
    })
    .from(activityParticipants)
    .innerJoin(people, eq(people.id, activityParticipants.personId))
    .where(inBranch(activityParticipants, user))
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
    .where(inBranch(activityOutputs, user))
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
    .where(and(inBranch(projectActivities, user), liveActivity, withinYear(projectActivities.date, year)))
    .orderBy(asc(projectActivities.date), asc(projectActivities.id))
    .all();
}
