import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { loadRenderedReport } from '@/db/report/rendered';
import { dutyReportDocx } from '@/lib/report/docx';

export type ReportDocx = { docx: Buffer; fileName: string; placeholders: number; submitted: boolean };

/** The finished .docx of each branch-year asked for, until the next write to the database. */
const exports = untilNextWrite<ReportDocx | null>(50);

/** A branch's report for a year as an official .docx, or null when there is no report. */
export function reportDocx(branchId: number, year: number): Promise<ReportDocx | null> {
  return exports.getAsync(`${branchId}|${year}`, async () => {
    const report = loadRenderedReport({ branchId }, year);
    if (!report) return null;
    return {
      docx: await dutyReportDocx(report.rendered),
      fileName: `${report.rendered.branchName}${report.rendered.title}.docx`,
      placeholders: report.placeholders.length,
      submitted: report.submitted,
    };
  });
}
