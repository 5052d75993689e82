import 'server-only';
import { and, count, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordCoverage, type ReportRecordArea } from '@/lib/report/record-coverage';
import { db } from '..';
import { withinYear } from './within-year';
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
} from '../schema';

const n = { n: count() };
const countOf = (query: { get(): { n: number } | undefined }) => query.get()?.n ?? 0;

/** How many records of each kind the caller's branch has for a year, as the empty report's checklist lists them. */
export function reportRecordCoverage(user: Pick<SessionUser, 'branchId'>, year: number) {
  const branchId = user.branchId;
  const counts: Record<ReportRecordArea, number> = {
    meetings: countOf(
      db.select(n).from(meetings).where(and(eq(meetings.branchId, branchId), eq(meetings.status, 'held'), isNull(meetings.deletedAt), withinYear(meetings.date, year))),
    ),
    talks: countOf(db.select(n).from(talks).where(and(eq(talks.branchId, branchId), isNull(talks.deletedAt), withinYear(talks.date, year)))),
    development: countOf(db.select(n).from(developmentStepRecords).where(and(eq(developmentStepRecords.branchId, branchId), withinYear(developmentStepRecords.date, year)))),
    service: countOf(
      db.select(n).from(projectActivities).where(and(eq(projectActivities.branchId, branchId), isNull(projectActivities.deletedAt), withinYear(projectActivities.date, year))),
    ),
    integrity:
      countOf(db.select(n).from(integrityAspects).where(and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt)))) +
      countOf(db.select(n).from(commitmentLetters).where(and(eq(commitmentLetters.branchId, branchId), isNull(commitmentLetters.deletedAt), withinYear(commitmentLetters.date, year)))),
    rectification: countOf(
      db.select(n).from(rectificationItems).where(and(eq(rectificationItems.branchId, branchId), isNull(rectificationItems.deletedAt), withinYear(rectificationItems.foundDate, year))),
    ),
    outputs: countOf(db.select(n).from(workOutputs).where(and(eq(workOutputs.branchId, branchId), isNull(workOutputs.deletedAt), withinYear(workOutputs.date, year)))),
    notices: countOf(
      db.select(n).from(notices).where(and(eq(notices.branchId, branchId), isNull(notices.deletedAt), eq(notices.state, 'published'), withinYear(notices.publishedAt, year))),
    ),
  };
  return recordCoverage(counts);
}
