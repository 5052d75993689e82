import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { countRows } from '@/db/queries/aggregate';
import { withinYear } from '@/db/queries/within-year';
import {
  commitmentLetters,
  developmentStepRecords,
  integrityAspects,
  meetings,
  notices,
  projectActivities,
  rectificationItems,
  talks,
  workOutputs,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { type ReportRecordArea, recordCoverage } from '@/lib/report/record-coverage';

/** How many records of each kind the caller's branch has for a year, as the empty report's checklist lists them. */
export function reportRecordCoverage(user: Pick<SessionUser, 'branchId'>, year: number) {
  const branchId = user.branchId;
  const counts: Record<ReportRecordArea, number> = {
    meetings: countRows(
      meetings,
      and(
        eq(meetings.branchId, branchId),
        eq(meetings.status, 'held'),
        isNull(meetings.deletedAt),
        withinYear(meetings.date, year),
      ),
    ),
    talks: countRows(talks, and(eq(talks.branchId, branchId), isNull(talks.deletedAt), withinYear(talks.date, year))),
    development: countRows(
      developmentStepRecords,
      and(eq(developmentStepRecords.branchId, branchId), withinYear(developmentStepRecords.date, year)),
    ),
    service: countRows(
      projectActivities,
      and(
        eq(projectActivities.branchId, branchId),
        isNull(projectActivities.deletedAt),
        withinYear(projectActivities.date, year),
      ),
    ),
    integrity:
      countRows(
        integrityAspects,
        and(
          eq(integrityAspects.branchId, branchId),
          eq(integrityAspects.year, year),
          isNull(integrityAspects.deletedAt),
        ),
      ) +
      countRows(
        commitmentLetters,
        and(
          eq(commitmentLetters.branchId, branchId),
          isNull(commitmentLetters.deletedAt),
          withinYear(commitmentLetters.date, year),
        ),
      ),
    rectification: countRows(
      rectificationItems,
      and(
        eq(rectificationItems.branchId, branchId),
        isNull(rectificationItems.deletedAt),
        withinYear(rectificationItems.foundDate, year),
      ),
    ),
    outputs: countRows(
      workOutputs,
      and(eq(workOutputs.branchId, branchId), isNull(workOutputs.deletedAt), withinYear(workOutputs.date, year)),
    ),
    notices: countRows(
      notices,
      and(
        eq(notices.branchId, branchId),
        isNull(notices.deletedAt),
        eq(notices.state, 'published'),
        withinYear(notices.publishedAt, year),
      ),
    ),
  };
  return recordCoverage(counts);
}
