import 'server-only';
import { and, eq } from 'drizzle-orm';
import { countRows } from '@/db/queries/aggregate';
import { inBranch, liveIn, type Scope } from '@/db/queries/scope';
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
import { type ReportRecordArea, recordCoverage } from '@/lib/report/record-coverage';

/** How many records of each kind the report's branch (or the branches beneath its organisation) has for a year, as the empty report's checklist lists them. */
export function reportRecordCoverage(scope: Scope, year: number) {
  const counts: Record<ReportRecordArea, number> = {
    meetings: countRows(
      meetings,
      and(liveIn(meetings, scope), eq(meetings.status, 'held'), withinYear(meetings.date, year)),
    ),
    talks: countRows(talks, and(liveIn(talks, scope), withinYear(talks.date, year))),
    development: countRows(
      developmentStepRecords,
      and(inBranch(developmentStepRecords, scope), withinYear(developmentStepRecords.date, year)),
    ),
    service: countRows(
      projectActivities,
      and(liveIn(projectActivities, scope), withinYear(projectActivities.date, year)),
    ),
    integrity:
      countRows(integrityAspects, and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year))) +
      countRows(commitmentLetters, and(liveIn(commitmentLetters, scope), withinYear(commitmentLetters.date, year))),
    rectification: countRows(
      rectificationItems,
      and(liveIn(rectificationItems, scope), withinYear(rectificationItems.foundDate, year)),
    ),
    outputs: countRows(workOutputs, and(liveIn(workOutputs, scope), withinYear(workOutputs.date, year))),
    notices: countRows(
      notices,
      and(liveIn(notices, scope), eq(notices.state, 'published'), withinYear(notices.publishedAt, year)),
    ),
  };
  return recordCoverage(counts);
}
