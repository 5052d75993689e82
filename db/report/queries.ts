import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, inBranch, live, type SubtreeScope } from '@/db/queries/scope';
import {
  accounts,
  branches,
  people,
  reportFigureOverrides,
  reportReviewComments,
  reportSectionRevisions,
  reportSections,
  reports,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

const assignee = aliasedTable(accounts, 'assignee');
const assigneePerson = aliasedTable(people, 'assignee_person');

/** A branch's report of a year with its live sections in order and its figure overrides (three queries). */
export function getReport(scope: BranchScope, year: number) {
  const report = db
    .select()
    .from(reports)
    .where(and(inBranch(reports, scope), eq(reports.year, year)))
    .get();
  if (!report) return null;
  const sections = db
    .select({
      id: reportSections.id,
      version: reportSections.version,
      level: reportSections.level,
      /** Whether its heading takes a number (一、, （一）) or stands unnumbered. */
      numbered: reportSections.numbered,
      heading: reportSections.heading,
      body: reportSections.body,
      /** What the section is, where the continuation must know (下一步打算, its 书记项目, 对照上年). */
      kind: reportSections.kind,
      /** Its text is last year's, not edited since this report was continued from it. */
      carriedOver: reportSections.carriedOver,
      assigneeId: reportSections.assigneeId,
      assigneeName: assigneePerson.name,
      updatedAt: reportSections.updatedAt,
    })
    .from(reportSections)
    .leftJoin(assignee, eq(assignee.id, reportSections.assigneeId))
    .leftJoin(assigneePerson, eq(assigneePerson.id, assignee.personId))
    .where(and(eq(reportSections.reportId, report.id), live(reportSections)))
    .orderBy(asc(reportSections.sortOrder), asc(reportSections.id))
    .all();
  const overrides = db
    .select({
      figureKey: reportFigureOverrides.figureKey,
      text: reportFigureOverrides.text,
      reason: reportFigureOverrides.reason,
    })
    .from(reportFigureOverrides)
    .where(eq(reportFigureOverrides.reportId, report.id))
    .all();
  return {
    ...report,
    sections: sections.map((s) => ({ ...s, level: s.level === 1 ? (1 as const) : (2 as const) })),
    overrides,
  };
}
export type ReportDetail = NonNullable<ReturnType<typeof getReport>>;

/** A branch's reports of every year with their state and grade, newest year first (one query). */
export function listReportYears(scope: BranchScope) {
  return db
    .select({ year: reports.year, status: reports.status, grade: reports.grade })
    .from(reports)
    .where(inBranch(reports, scope))
    .orderBy(desc(reports.year))
    .all();
}

/** The saved states of a section, newest first, with who saved each. */
export function listSectionRevisions(user: SessionUser, sectionId: number) {
  return db
    .select({
      id: reportSectionRevisions.id,
      version: reportSectionRevisions.version,
      heading: reportSectionRevisions.heading,
      body: reportSectionRevisions.body,
      savedAt: reportSectionRevisions.savedAt,
      savedBy: people.name,
      savedByUsername: accounts.username,
    })
    .from(reportSectionRevisions)
    .leftJoin(accounts, eq(accounts.id, reportSectionRevisions.savedBy))
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(reportSectionRevisions.sectionId, sectionId), inBranch(reportSectionRevisions, user)))
    .orderBy(desc(reportSectionRevisions.version))
    .all();
}

/** Committee members the secretary can give a section to (those with a sign-in). */
export function listAssignableAccounts(user: SessionUser) {
  return db
    .select({ id: accounts.id, name: people.name, committeeTitle: people.committeeTitle })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(
      and(inBranch(accounts, user), inArray(accounts.role, ['committee', 'secretary']), isNull(accounts.disabledAt)),
    )
    .orderBy(asc(people.id))
    .all();
}

/** The reviewer's view of a year: every branch of the committee with its report's state and grade. */
export function reportsForReview(user: SessionUser, year: number) {
  return db
    .select({
      branchId: branches.id,
      branchName: branches.name,
      reportId: reports.id,
      status: reports.status,
      submittedAt: reports.submittedAt,
      grade: reports.grade,
    })
    .from(branches)
    .leftJoin(reports, and(eq(reports.branchId, branches.id), eq(reports.year, year)))
    .where(inArray(branches.id, user.branchIds))
    .orderBy(asc(branches.id))
    .all();
}

export function listReviewComments(reportId: number) {
  return db
    .select({
      id: reportReviewComments.id,
      body: reportReviewComments.body,
      createdAt: reportReviewComments.createdAt,
      rectificationItemId: reportReviewComments.rectificationItemId,
      author: accounts.displayName,
    })
    .from(reportReviewComments)
    .leftJoin(accounts, eq(accounts.id, reportReviewComments.authorId))
    .where(eq(reportReviewComments.reportId, reportId))
    .orderBy(asc(reportReviewComments.id))
    .all();
}

/** Every report of the branches beneath an organisation, every year: the review queue's records. */
export function reportsOfSubtree(subtree: SubtreeScope) {
  return db
    .select({
      branchId: reports.branchId,
      year: reports.year,
      status: reports.status,
      grade: reports.grade,
      submittedAt: reports.submittedAt,
    })
    .from(reports)
    .where(inBranch(reports, subtree))
    .all();
}
