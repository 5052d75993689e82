import 'server-only';
import { and, count, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { integrityAspects, meetingKinds, meetings, projects, reports } from '@/db/schema';
import type { YearWorkFacts } from '@/lib/dashboard/year-work';
import { secretaryProjectKind } from '@/lib/service/model';

const secretaryProjects = (scope: BranchScope, when: SQL | undefined) =>
  db
    .select({ n: count() })
    .from(projects)
    .where(and(liveIn(projects, scope), eq(projects.kind, secretaryProjectKind), when))
    .get()!.n;

/** What the year's records hold of the work every branch plans for its year (see yearWorkGaps). */
export function yearWorkFacts(scope: BranchScope, year: number, today: string): YearWorkFacts {
  const integrity = db
    .select({ n: count() })
    .from(integrityAspects)
    .where(and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year)))
    .get()!.n;
  const lifeMeetings = db
    .select({ n: count() })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .where(
      and(
        liveIn(meetings, scope),
        eq(meetingKinds.code, 'life_meeting'),
        inArray(meetings.status, ['held', 'planned']),
        withinYear(meetings.date, year),
      ),
    )
    .get()!.n;
  const report = db
    .select({ status: reports.status, grade: reports.grade })
    .from(reports)
    .where(and(eq(reports.branchId, scope.branchId), eq(reports.year, year)))
    .get();
  return {
    year,
    currentMonth: Number(today.slice(0, 4)) === year ? Number(today.slice(5, 7)) : null,
    integrityAspects: integrity,
    secretaryProjects: secretaryProjects(
      scope,
      and(
        lte(projects.startDate, `${year}-12-31`),
        or(isNull(projects.endDate), gte(projects.endDate, `${year}-01-01`)),
      ),
    ),
    // Planned for next year: starting then (one running on from this year is not next year's plan).
    nextYearProjects: secretaryProjects(scope, withinYear(projects.startDate, year + 1)),
    lifeMeetings,
    report: report ?? null,
  };
}
