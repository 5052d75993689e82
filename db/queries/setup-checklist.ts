import 'server-only';
import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/session-user';
import { secretaryProjectKind } from '@/lib/domain/service';
import { backfillStatuses } from '@/lib/rules/development-backfill';
import { setupChecklist, type SetupCounts } from '@/lib/rules/setup-checklist';
import { db } from '..';
import { runningWithin } from './projects';
import { withinYear } from './within-year';
import { accounts, branches, developmentRecords, integrityAspects, meetings, partyGroups, people, projects } from '../schema';

/** Whether the branch still shows 上线准备 (it is new here and the secretary has not ended it), with its version. */
export function setupPending(user: Pick<SessionUser, 'branchId'>): { version: number } | null {
  const branch = db.select({ version: branches.version, setupDoneOn: branches.setupDoneOn }).from(branches).where(eq(branches.id, user.branchId)).get();
  return branch && branch.setupDoneOn === null ? { version: branch.version } : null;
}

function countOf(query: { get(): { n: number } | undefined }): number {
  return query.get()?.n ?? 0;
}

/** The counts the checklist reads, for the caller's branch and year. */
function setupCounts(branchId: number, year: number): SetupCounts {
  const n = { n: count() };
  const livePeople = and(eq(people.branchId, branchId), isNull(people.archivedAt));
  const inDevelopment = and(livePeople, inArray(people.politicalStatus, [...backfillStatuses]));
  return {
    groups: countOf(db.select(n).from(partyGroups).where(and(eq(partyGroups.branchId, branchId), isNull(partyGroups.archivedAt)))),
    people: countOf(db.select(n).from(people).where(livePeople)),
    inDevelopment: countOf(db.select(n).from(people).where(inDevelopment)),
    awaitingBackfill: countOf(
      db.select(n).from(people).leftJoin(developmentRecords, eq(developmentRecords.personId, people.id)).where(and(inDevelopment, isNull(developmentRecords.id))),
    ),
    accounts: countOf(db.select(n).from(accounts).where(and(eq(accounts.branchId, branchId), isNull(accounts.disabledAt)))),
    meetingsThisYear: countOf(db.select(n).from(meetings).where(and(eq(meetings.branchId, branchId), isNull(meetings.deletedAt), withinYear(meetings.date, year)))),
    responsibilityAspects: countOf(
      db.select(n).from(integrityAspects).where(and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt))),
    ),
    secretaryProjects: countOf(
      db
        .select(n)
        .from(projects)
        .where(
          and(
            eq(projects.branchId, branchId),
            isNull(projects.deletedAt),
            eq(projects.kind, secretaryProjectKind),
            runningWithin(`${year}-01-01`, `${year}-12-31`),
          ),
        ),
    ),
  };
}

/** The 上线准备 checklist of the caller's branch for a year. */
export function loadSetupChecklist(user: Pick<SessionUser, 'branchId'>, year: number) {
  return setupChecklist(setupCounts(user.branchId, year), year);
}
