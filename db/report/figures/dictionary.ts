import 'server-only';
import { asc } from 'drizzle-orm';
import { db } from '@/db';
import { listMeetingKinds } from '@/db/queries/meetings';
import { listOutputTypes } from '@/db/queries/projects';
import { type BranchScope, inBranch, liveIn } from '@/db/queries/scope';
import { listWorkOutputCategories } from '@/db/queries/work-outputs';
import { partyGroups, projects } from '@/db/schema';

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * The branch's own names a figure's parameters refer to (meeting kinds, output types, work-output
 * categories, projects, party groups), each read with one query the first time a figure needs it.
 */
export function figureDictionary(scope: BranchScope) {
  return {
    meetingKinds: once(() => listMeetingKinds(scope)),
    outputTypes: once(() => listOutputTypes(scope, { includeArchived: true })),
    workCategories: once(() => listWorkOutputCategories(scope)),
    projects: once(() =>
      db
        .select({ id: projects.id, name: projects.name, kind: projects.kind })
        .from(projects)
        .where(liveIn(projects, scope))
        .orderBy(asc(projects.startDate), asc(projects.id))
        .all(),
    ),
    partyGroups: once(() =>
      db
        .select({ id: partyGroups.id, name: partyGroups.name, archivedAt: partyGroups.archivedAt })
        .from(partyGroups)
        .where(inBranch(partyGroups, scope))
        .orderBy(asc(partyGroups.sortOrder), asc(partyGroups.id))
        .all(),
    ),
  };
}

export type FigureDictionary = ReturnType<typeof figureDictionary>;
