import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { savedReportFindings } from '@/db/report/checks';
import type { ReportOwner } from '@/db/report/owner';
import { reportFigureOverrides, reportReviewComments, reportSections, reports } from '@/db/schema';
import { findingsFingerprint } from '@/lib/report/checks';
import type { ReportStatus } from '@/lib/report/model';

let serial = 0;

export function insertReport(branchId: number, values: { year?: number; status?: ReportStatus } = {}) {
  return insertOwnedReport({ branchId }, values);
}

/** An organisation's own report (its figures summed over the branches beneath it). */
export function insertOrganisationReport(
  organisationId: number,
  values: { year?: number; status?: ReportStatus } = {},
) {
  return insertOwnedReport({ organisationId }, values);
}

function insertOwnedReport(
  owner: { branchId: number } | { organisationId: number },
  values: { year?: number; status?: ReportStatus },
) {
  return db
    .insert(reports)
    .values({ ...owner, year: values.year ?? 1900 + ++serial, title: '测试述职报告', status: values.status ?? 'draft' })
    .returning()
    .get();
}

/** The report's owner columns, for the rows that belong to it. */
const ownerOf = (report: typeof reports.$inferSelect) => ({
  branchId: report.branchId,
  organisationId: report.organisationId,
});

export function insertSection(reportId: number, values: Partial<typeof reportSections.$inferInsert> = {}) {
  const report = reportById(reportId);
  return db
    .insert(reportSections)
    .values({
      reportId,
      ...ownerOf(report),
      level: 2,
      heading: `测试部分${++serial}`,
      body: '正文',
      sortOrder: 100 + serial,
      ...values,
    })
    .returning()
    .get();
}

export function reportById(id: number) {
  return db.select().from(reports).where(eq(reports.id, id)).get()!;
}

export function sectionById(id: number) {
  return db.select().from(reportSections).where(eq(reportSections.id, id)).get()!;
}

export function insertOverride(reportId: number, figureKey: string) {
  const report = reportById(reportId);
  db.delete(reportFigureOverrides)
    .where(and(eq(reportFigureOverrides.reportId, reportId), eq(reportFigureOverrides.figureKey, figureKey)))
    .run();
  db.insert(reportFigureOverrides)
    .values({ reportId, ...ownerOf(report), figureKey, text: '9', reason: '测试' })
    .run();
}

export function insertReviewComment(reportId: number) {
  const report = reportById(reportId);
  return db
    .insert(reportReviewComments)
    .values({ reportId, ...ownerOf(report), body: `测试意见${++serial}` })
    .returning()
    .get();
}

/** What a secretary confirming the report's checks before submitting sends. */
export function confirmedChecks(owner: ReportOwner, reportId: number): string {
  return findingsFingerprint(savedReportFindings(owner, reportId) ?? []);
}
