import 'server-only';
import { asc } from 'drizzle-orm';
import { db } from '@/db';
import { listMeetingKinds } from '@/db/queries/meetings';
import { listOutputTypes } from '@/db/queries/projects';
import { inBranch, isSubtree, liveIn, type Scope } from '@/db/queries/scope';
import { listWorkOutputCategories } from '@/db/queries/work-outputs';
import { ledgers, partyGroups, people, projects } from '@/db/schema';

function once<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}

/**
 * The branch's own names a figure's parameters refer to (meeting kinds, output types, work-output
 * categories, projects, party groups, ledgers, people), each read with one query the first time a
 * figure needs it.
 */
export function figureDictionary(scope: Scope) {
  return {
    /** Whether the figures are an organisation's, summed over the branches beneath it. */
    aboveBranches: isSubtree(scope),
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
    // Switched-off ledgers too: their past entries are history a report may still count.
    ledgers: once(() =>
      db
        .select({
          id: ledgers.id,
          name: ledgers.name,
          unit: ledgers.unit,
          quantityUnit: ledgers.quantityUnit,
          hasAmount: ledgers.hasAmount,
          hasPeople: ledgers.hasPeople,
          hasLevel: ledgers.hasLevel,
          tags: ledgers.tags,
          archivedAt: ledgers.archivedAt,
        })
        .from(ledgers)
        .where(inBranch(ledgers, scope))
        .orderBy(asc(ledgers.sortOrder), asc(ledgers.id))
        .all(),
    ),
    people: once(() =>
      db.select({ id: people.id, name: people.name }).from(people).where(inBranch(people, scope)).all(),
    ),
  };
}

export type FigureDictionary = ReturnType<typeof figureDictionary>;
