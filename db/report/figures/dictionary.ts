import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { listMeetingKinds } from '@/db/queries/meetings';
import { listOutputTypes } from '@/db/queries/projects';
import { listWorkOutputCategories } from '@/db/queries/work-outputs';
import { projects } from '@/db/schema';

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * The branch's own names a figure's parameters refer to (meeting kinds, output types, work-output
 * categories, projects), each read with one query the first time a figure needs it.
 */
export function figureDictionary(branchId: number) {
  const branch = { branchId };
  return {
    meetingKinds: once(() => listMeetingKinds(branch)),
    outputTypes: once(() => listOutputTypes(branch, { includeArchived: true })),
    workCategories: once(() => listWorkOutputCategories(branch)),
    projects: once(() =>
      db
        .select({ id: projects.id, name: projects.name, kind: projects.kind })
        .from(projects)
        .where(and(eq(projects.branchId, branchId), isNull(projects.deletedAt)))
        .orderBy(asc(projects.startDate), asc(projects.id))
        .all(),
    ),
  };
}

export type FigureDictionary = ReturnType<typeof figureDictionary>;
