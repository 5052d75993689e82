import 'server-only';
import { untilNextWrite } from '@/db/cache';
import type { ReportOwner } from '@/db/report/owner';
import { loadRenderedReport } from '@/db/report/rendered';
import { dutyReportDocx } from '@/lib/report/docx';

export type ReportDocx = { docx: Buffer; fileName: string; placeholders: number; submitted: boolean };

/** The finished .docx of each report asked for, until the next write to the database. */
const exports = untilNextWrite<ReportDocx | null>(50);

/** The owner's report for a year as an official .docx, or null when there is no report. */
export function reportDocx(owner: ReportOwner, year: number): Promise<ReportDocx | null> {
  const id = owner.kind === 'branch' ? owner.branchId : owner.organisationId;
  return exports.getAsync(`${owner.kind}:${id}|${year}`, async () => {
    const report = loadRenderedReport(owner, year);
    if (!report) return null;
    return {
      docx: await dutyReportDocx(report.rendered),
      fileName: `${report.rendered.branchName}${report.rendered.title}.docx`,
      placeholders: report.placeholders.length,
      submitted: report.submitted,
    };
  });
}
