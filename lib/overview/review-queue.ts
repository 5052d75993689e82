import type { ReportGrade, ReportStatus } from '@/lib/report/model';

/** Where a branch's report of a year stands for its reviewer. */
export type QueueState = 'awaiting' | 'graded' | 'missing';

export const queueStateLabels: Record<QueueState, string> = {
  awaiting: '待评定',
  graded: '已评定',
  missing: '未提交',
};

export type QueueRow = {
  branchId: number;
  branchName: string;
  year: number;
  state: QueueState;
  grade: ReportGrade | null;
  submittedAt: string | null;
};

type StoredReport = {
  branchId: number;
  year: number;
  status: ReportStatus;
  grade: ReportGrade | null;
  submittedAt: string | null;
};

/**
 * Every branch × every year that is over (a report is written after its year ends) or has a report: a
 * submitted report is awaiting its grade or graded; a year with none submitted is missing. Newest years
 * first, then the branches in the order given.
 */
export function reviewQueue(
  branches: readonly { id: number; name: string }[],
  reports: readonly StoredReport[],
  years: readonly number[],
  currentYear: number,
): QueueRow[] {
  const reportOf = new Map(reports.map((r) => [`${r.branchId}|${r.year}`, r]));
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((year) =>
      branches.flatMap((branch): QueueRow[] => {
        const report = reportOf.get(`${branch.id}|${year}`);
        const submitted = report?.status === 'submitted';
        // This year's reports are still being written: only a submitted one is in the queue.
        if (!submitted && year >= currentYear) return [];
        return [
          {
            branchId: branch.id,
            branchName: branch.name,
            year,
            state: !submitted ? 'missing' : report.grade ? 'graded' : 'awaiting',
            grade: submitted ? report.grade : null,
            submittedAt: submitted ? report.submittedAt : null,
          },
        ];
      }),
    );
}
