import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { cachedFigures } from '@/db/report/figures/compute';
import { ownedBy, type ReportOwner } from '@/db/report/owner';
import { getReport, type ReportDetail } from '@/db/report/queries';
import { reports } from '@/db/schema';
import { type CheckedSection, checkedFigureKeys, type Finding, reportChecks } from '@/lib/report/checks';
import { sectionNumbers } from '@/lib/report/render';

/** The sections as the checks name them: numbered as the report prints them. */
export function checkedSections(report: ReportDetail): CheckedSection[] {
  const numbers = sectionNumbers(report.sections);
  return report.sections.map((s, i) => ({
    id: s.id,
    number: numbers[i],
    level: s.level,
    heading: s.heading,
    body: s.body,
    assigneeName: s.assigneeName,
    carriedOver: s.carriedOver,
  }));
}

/** The figures a saved report and its checks need. */
export function reportFigureKeys(report: ReportDetail): string[] {
  return checkedFigureKeys(report.preamble, report.sections);
}

/** What to check in the owner's report as it is saved now (see `reportChecks`); null when there is no such report. */
export function savedReportFindings(owner: ReportOwner, reportId: number): Finding[] | null {
  const row = db
    .select({ year: reports.year })
    .from(reports)
    .where(and(ownedBy(reports, owner), eq(reports.id, reportId)))
    .get();
  const report = row && getReport(owner, row.year);
  if (!report) return null;
  return reportChecks({
    year: report.year,
    preamble: report.preamble,
    sections: checkedSections(report),
    figures: cachedFigures(owner, report.year, reportFigureKeys(report)),
    overrides: report.overrides,
  });
}
