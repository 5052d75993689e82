import 'server-only';
import { aliasedTable, and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { organisationsBeneath, subtreeBranches } from '@/db/queries/organisations';
import { inBranch, live } from '@/db/queries/scope';
import { ownedBy, type ReportOwner } from '@/db/report/owner';
import {
  accounts,
  branches,
  organisations,
  people,
  reportFigureOverrides,
  reportReviewComments,
  reportSectionRevisions,
  reportSections,
  reports,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import type { ReportGrade, ReportStatus } from '@/lib/report/model';
import type { ReportRef } from '@/lib/report/report-ref';

const assignee = aliasedTable(accounts, 'assignee');
const assigneePerson = aliasedTable(people, 'assignee_person');

/** The owner's report of a year with its live sections in order and its figure overrides (three queries). */
export function getReport(owner: ReportOwner, year: number) {
  const report = db
    .select()
    .from(reports)
    .where(and(ownedBy(reports, owner), eq(reports.year, year)))
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
      assigneeName: sql<string | null>`coalesce(${assigneePerson.name}, ${assignee.displayName})`,
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

/** The owner's reports of every year with their state and grade, newest year first (one query). */
export function listReportYears(owner: ReportOwner) {
  return db
    .select({ year: reports.year, status: reports.status, grade: reports.grade })
    .from(reports)
    .where(ownedBy(reports, owner))
    .orderBy(desc(reports.year))
    .all();
}

/** The saved states of a section, newest first, with who saved each. */
export function listSectionRevisions(owner: ReportOwner, sectionId: number) {
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
    .where(and(eq(reportSectionRevisions.sectionId, sectionId), ownedBy(reportSectionRevisions, owner)))
    .orderBy(desc(reportSectionRevisions.version))
    .all();
}

/**
 * The accounts a section of the owner's report can be given to: a branch's committee members with a
 * sign-in, or an organisation's secretaries.
 */
export function assignableTo(owner: ReportOwner): SQL {
  const writers =
    owner.kind === 'branch'
      ? and(eq(accounts.branchId, owner.branchId), inArray(accounts.role, ['committee', 'secretary']))
      : and(eq(accounts.organisationId, owner.organisationId), eq(accounts.role, 'org_secretary'));
  return and(writers, isNull(accounts.disabledAt))!;
}

/** Whom the secretary can give a section to (see `assignableTo`). */
export function listAssignableAccounts(owner: ReportOwner) {
  return db
    .select({
      id: accounts.id,
      name: sql<string>`coalesce(${people.name}, ${accounts.displayName}, ${accounts.username})`,
      committeeTitle: people.committeeTitle,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(assignableTo(owner))
    .orderBy(asc(people.id), asc(accounts.id))
    .all();
}

/** A report the reviewer stands above, with its state in a year (none when not begun). */
export type ReviewRow = {
  ref: ReportRef;
  name: string;
  status: ReportStatus | null;
  submittedAt: string | null;
  grade: ReportGrade | null;
};

/**
 * The reviewer's view of a year: every organisation beneath theirs (its own report), then every branch
 * beneath, each with its report's state and grade (two queries).
 */
export function reportsForReview(user: SessionUser, year: number): ReviewRow[] {
  const beneath = user.organisationId === null ? [] : organisationsBeneath(user.organisationId).map((o) => o.id);
  const organisationRows = beneath.length
    ? db
        .select({
          id: organisations.id,
          name: organisations.name,
          status: reports.status,
          submittedAt: reports.submittedAt,
          grade: reports.grade,
        })
        .from(organisations)
        .leftJoin(reports, and(eq(reports.organisationId, organisations.id), eq(reports.year, year)))
        .where(inArray(organisations.id, beneath))
        .orderBy(asc(organisations.sortOrder), asc(organisations.id))
        .all()
    : [];
  const branchRows = db
    .select({
      id: branches.id,
      name: branches.name,
      status: reports.status,
      submittedAt: reports.submittedAt,
      grade: reports.grade,
    })
    .from(branches)
    .leftJoin(reports, and(eq(reports.branchId, branches.id), eq(reports.year, year)))
    .where(inArray(branches.id, user.branchIds))
    .orderBy(asc(branches.id))
    .all();
  return [
    ...organisationRows.map(({ id, ...row }) => ({ ref: { kind: 'organisation' as const, id }, ...row })),
    ...branchRows.map(({ id, ...row }) => ({ ref: { kind: 'branch' as const, id }, ...row })),
  ];
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

/**
 * Who writes the reports an organisation's account reviews, and every report of theirs of every year:
 * the organisations beneath its own (their own reports) and every branch beneath (two queries each).
 */
export function reportsBeneath(organisationId: number) {
  const beneath = organisationsBeneath(organisationId);
  const branchesBeneath = subtreeBranches(organisationId);
  const writers = [
    ...beneath.map((o) => ({ ref: { kind: 'organisation' as const, id: o.id }, name: o.name })),
    ...branchesBeneath.map((b) => ({ ref: { kind: 'branch' as const, id: b.id }, name: b.name })),
  ];
  const columns = {
    branchId: reports.branchId,
    organisationId: reports.organisationId,
    year: reports.year,
    status: reports.status,
    grade: reports.grade,
    submittedAt: reports.submittedAt,
  };
  const rows = [
    ...db
      .select(columns)
      .from(reports)
      .where(inBranch(reports, { subtreeBranchIds: branchesBeneath.map((b) => b.id) }))
      .all(),
    ...db
      .select(columns)
      .from(reports)
      .where(inArray(reports.organisationId, beneath.length ? beneath.map((o) => o.id) : [0]))
      .all(),
  ];
  return {
    writers,
    reports: rows.map(({ branchId, organisationId, ...report }) => ({
      ref:
        branchId !== null
          ? { kind: 'branch' as const, id: branchId }
          : { kind: 'organisation' as const, id: organisationId ?? 0 },
      ...report,
    })),
  };
}
