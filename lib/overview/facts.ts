import type { ComplianceState } from '@/lib/meetings/compliance';
import type { ComplianceCounts } from '@/lib/overview/compliance-summary';
import { percent } from '@/lib/percent';
import type { ReportGrade, ReportStatus } from '@/lib/report/model';

/** One branch's year at a glance, as the overview of an organisation above it shows it. */
export type BranchFacts = {
  branchId: number;
  /** Still in 上线准备: its missed periods are the setup's, not yet the branch's. */
  setupPending: boolean;
  compliance: ComplianceCounts;
  /** Month by month, the worst state of its meeting rules (the heat map). */
  months: (ComplianceState | null)[];
  attendance: { present: number; expected: number };
  rectification: { open: number; overdue: number };
  development: { applicant: number; activist: number; candidate: number; probationary: number; overdueSteps: number };
  report: { id: number; status: ReportStatus; grade: ReportGrade | null } | null;
  /** Members owing so far this year and those who paid in full and on time; null where dues are not kept here. */
  dues: { members: number; onTime: number } | null;
};

/** The facts of an organisation: its branches' facts added up (rates from the added counts). */
export type TotalFacts = {
  branches: number;
  compliance: ComplianceCounts;
  attendance: { present: number; expected: number };
  rectification: { open: number; overdue: number };
  development: BranchFacts['development'];
  reports: { submitted: number; graded: number };
  dues: { members: number; onTime: number } | null;
};

export function totalFacts(rows: readonly BranchFacts[]): TotalFacts {
  const sum = (pick: (f: BranchFacts) => number) => rows.reduce((n, f) => n + pick(f), 0);
  const withDues = rows.filter((f) => f.dues !== null);
  return {
    branches: rows.length,
    compliance: {
      met: sum((f) => f.compliance.met),
      missed: sum((f) => f.compliance.missed),
      due: sum((f) => f.compliance.due),
    },
    attendance: { present: sum((f) => f.attendance.present), expected: sum((f) => f.attendance.expected) },
    rectification: { open: sum((f) => f.rectification.open), overdue: sum((f) => f.rectification.overdue) },
    development: {
      applicant: sum((f) => f.development.applicant),
      activist: sum((f) => f.development.activist),
      candidate: sum((f) => f.development.candidate),
      probationary: sum((f) => f.development.probationary),
      overdueSteps: sum((f) => f.development.overdueSteps),
    },
    reports: {
      submitted: rows.filter((f) => f.report?.status === 'submitted').length,
      graded: rows.filter((f) => f.report?.grade).length,
    },
    dues: withDues.length
      ? { members: sum((f) => f.dues?.members ?? 0), onTime: sum((f) => f.dues?.onTime ?? 0) }
      : null,
  };
}

/** The columns the branch table sorts by, each with the number it sorts on (null sorts last). */
export const overviewSorts = {
  missed: (f: BranchFacts) => f.compliance.missed,
  due: (f: BranchFacts) => f.compliance.due,
  attendance: (f: BranchFacts) => percent(f.attendance.present, f.attendance.expected),
  overdueItems: (f: BranchFacts) => f.rectification.overdue,
  openItems: (f: BranchFacts) => f.rectification.open,
  pipeline: (f: BranchFacts) =>
    f.development.applicant + f.development.activist + f.development.candidate + f.development.probationary,
  overdueSteps: (f: BranchFacts) => f.development.overdueSteps,
  report: (f: BranchFacts) => (f.report?.grade ? 2 : f.report?.status === 'submitted' ? 1 : 0),
  dues: (f: BranchFacts) => (f.dues ? percent(f.dues.onTime, f.dues.members) : null),
} as const;
export type OverviewSort = keyof typeof overviewSorts;
export const isOverviewSort = (key: string | undefined): key is OverviewSort => !!key && key in overviewSorts;

/** Orders rows by a column; ties and missing values keep the given order, missing values last. */
export function sortFacts<T extends BranchFacts>(rows: readonly T[], key: OverviewSort, direction: 'asc' | 'desc') {
  const value = overviewSorts[key];
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x - y) * sign;
  });
}
