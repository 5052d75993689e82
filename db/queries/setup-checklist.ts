import 'server-only';
import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { db } from '@/db';
import { countRows } from '@/db/queries/aggregate';
import { runningWithin } from '@/db/queries/projects';
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
import type { SessionUser } from '@/lib/auth/session-user';
import { backfillStatuses } from '@/lib/development/backfill';
import { secretaryProjectKind } from '@/lib/service/model';
import { type SetupCounts, setupChecklist } from '@/lib/settings/setup-checklist';

/** Whether the branch still shows 上线准备 (it is new here and the secretary has not ended it), with its version. */
export function setupPending(user: Pick<SessionUser, 'branchId'>): { version: number } | null {
  const branch = db
    .select({ version: branches.version, setupDoneOn: branches.setupDoneOn })
    .from(branches)
    .where(eq(branches.id, user.branchId))
    .get();
  return branch && branch.setupDoneOn === null ? { version: branch.version } : null;
}

/** The counts the checklist reads, for the caller's branch and year. */
function setupCounts(branchId: number, year: number): SetupCounts {
  const livePeople = and(eq(people.branchId, branchId), isNull(people.archivedAt));
  const inDevelopment = and(livePeople, inArray(people.politicalStatus, [...backfillStatuses]));
  return {
    groups: countRows(partyGroups, and(eq(partyGroups.branchId, branchId), isNull(partyGroups.archivedAt))),
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
    accounts: countRows(accounts, and(eq(accounts.branchId, branchId), isNull(accounts.disabledAt))),
    meetingsThisYear: countRows(
      meetings,
      and(eq(meetings.branchId, branchId), isNull(meetings.deletedAt), withinYear(meetings.date, year)),
    ),
    responsibilityAspects: countRows(
      integrityAspects,
      and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt)),
    ),
    secretaryProjects: countRows(
      projects,
      and(
        eq(projects.branchId, branchId),
        isNull(projects.deletedAt),
        eq(projects.kind, secretaryProjectKind),
        runningWithin(`${year}-01-01`, `${year}-12-31`),
      ),
    ),
  };
}

/** The 上线准备 checklist of the caller's branch for a year. */
export function loadSetupChecklist(user: Pick<SessionUser, 'branchId'>, year: number) {
  return setupChecklist(setupCounts(user.branchId, year), year);
}
