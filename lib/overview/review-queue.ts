import type { ReportGrade, ReportStatus } from '@/lib/report/model';
import { type ReportRef, reportQuery } from '@/lib/report/report-ref';

/** Where a report of a year (a branch's, or an organisation's own) stands for its reviewer. */
export type QueueState = 'awaiting' | 'graded' | 'missing';

export const queueStateLabels: Record<QueueState, string> = {
  awaiting: '待评定',
  graded: '已评定',
  missing: '未提交',
};

export type QueueRow = {
  ref: ReportRef;
  name: string;
  year: number;
  state: QueueState;
  grade: ReportGrade | null;
  submittedAt: string | null;
};

type StoredReport = {
  ref: ReportRef;
  year: number;
  status: ReportStatus;
  grade: ReportGrade | null;
  submittedAt: string | null;
};

/**
 * Every writer of a report (the organisations beneath the reviewer's, the branches) × every year that is
 * over (a report is written after its year ends) or has a report: a submitted report is awaiting its
 * grade or graded; a year with none submitted is missing. Newest years first, then the writers in the
 * order given.
 */
export function reviewQueue(
  writers: readonly { ref: ReportRef; name: string }[],
  reports: readonly StoredReport[],
  years: readonly number[],
  currentYear: number,
): QueueRow[] {
  const reportOf = new Map(reports.map((r) => [`${reportQuery(r.ref)}|${r.year}`, r]));
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      writers.flatMap((writer): QueueRow[] => {
        const report = reportOf.get(`${reportQuery(writer.ref)}|${year}`);
        const submitted = report?.status === 'submitted';
        // This year's reports are still being written: only a submitted one is in the queue.
        if (!submitted && year >= currentYear) return [];
        return [
          {
            ref: writer.ref,
            name: writer.name,
            year,
            state: !submitted ? 'missing' : report.grade ? 'graded' : 'awaiting',
            grade: submitted ? report.grade : null,
            submittedAt: submitted ? report.submittedAt : null,
          },
        ];
      }),
    );
}
