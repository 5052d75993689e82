import 'server-only';
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { db } from '@/db';
import { countRows } from '@/db/queries/aggregate';
import { runningWithin } from '@/db/queries/projects';
import { type BranchScope, currentIn, inBranch, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import {
  accounts,
  branches,
  developmentRecords,
  integrityAspects,
  meetings,
  partyGroups,
  people,
  projects,
} from '@/db/schema';
import { backfillStatuses } from '@/lib/development/backfill';
import { secretaryProjectKind } from '@/lib/service/model';
import { type SetupCounts, setupChecklist } from '@/lib/settings/setup-checklist';

/** Whether the branch still shows 上线准备 (it is new here and the secretary has not ended it), with its version. */
export function setupPending(scope: BranchScope): { version: number } | null {
  const branch = db
    .select({ version: branches.version, setupDoneOn: branches.setupDoneOn })
    .from(branches)
    .where(eq(branches.id, scope.branchId))
    .get();
  return branch && branch.setupDoneOn === null ? { version: branch.version } : null;
}

/** The counts the checklist reads, for the caller's branch and year. */
function setupCounts(scope: BranchScope, year: number): SetupCounts {
  const livePeople = currentIn(people, scope);
  const inDevelopment = and(livePeople, inArray(people.politicalStatus, [...backfillStatuses]));
  return {
    groups: countRows(partyGroups, currentIn(partyGroups, scope)),
    people: countRows(people, livePeople),
    inDevelopment: countRows(people, inDevelopment),
    awaitingBackfill: countRows(
      people,
      and(
        inDevelopment,
        notExists(
          db
            .select({ id: developmentRecords.id })
            .from(developmentRecords)
            .where(eq(developmentRecords.personId, people.id)),
        ),
      ),
    ),
    accounts: countRows(accounts, and(inBranch(accounts, scope), isNull(accounts.disabledAt))),
    meetingsThisYear: countRows(meetings, and(liveIn(meetings, scope), withinYear(meetings.date, year))),
    responsibilityAspects: countRows(
      integrityAspects,
      and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year)),
    ),
    secretaryProjects: countRows(
      projects,
      and(
        liveIn(projects, scope),
        eq(projects.kind, secretaryProjectKind),
        runningWithin(`${year}-01-01`, `${year}-12-31`),
      ),
    ),
  };
}

/** The 上线准备 checklist of the caller's branch for a year. */
export function loadSetupChecklist(scope: BranchScope, year: number) {
  return setupChecklist(setupCounts(scope, year), year);
}
