import type { TotalFacts } from '@/lib/overview/facts';
import type { OverviewLine } from '@/lib/overview/lines';
import { percent } from '@/lib/percent';
import { reportStatusLabels } from '@/lib/report/model';

/** What a line says in each column, for the page and the spreadsheet alike. */
export type LineFigures = {
  met: number;
  missed: number;
  due: number;
  attendance: number | null;
  openItems: number;
  overdueItems: number;
  applicant: number;
  activist: number;
  candidate: number;
  probationary: number;
  overdueSteps: number;
  report: string;
  dues: number | null;
};

function totalsReport(t: TotalFacts): string {
  return `已交${t.reports.submitted}/${t.branches}，已评${t.reports.graded}`;
}

export function lineFigures(line: OverviewLine): LineFigures {
  const f = line.type === 'branch' ? line.facts : line.totals;
  const report =
    line.type === 'organisation'
      ? totalsReport(line.totals)
      : line.facts.report
        ? `${reportStatusLabels[line.facts.report.status]}${line.facts.report.grade ? ` · ${line.facts.report.grade}` : ''}`
        : '未开始';
  return {
    met: f.compliance.met,
    missed: f.compliance.missed,
    due: f.compliance.due,
    attendance: percent(f.attendance.present, f.attendance.expected),
    openItems: f.rectification.open,
    overdueItems: f.rectification.overdue,
    applicant: f.development.applicant,
    activist: f.development.activist,
    candidate: f.development.candidate,
    probationary: f.development.probationary,
    overdueSteps: f.development.overdueSteps,
    report,
    dues: f.dues ? percent(f.dues.onTime, f.dues.members) : null,
  };
}

/** The table's columns in order, with their headings (the spreadsheet's header row). */
export const figureColumns: { key: keyof LineFigures; heading: string; group: string }[] = [
  { key: 'met', heading: '按期', group: '三会一课（期）' },
  { key: 'missed', heading: '未按期', group: '三会一课（期）' },
  { key: 'due', heading: '本期待开', group: '三会一课（期）' },
  { key: 'attendance', heading: '出勤率%', group: '组织生活' },
  { key: 'openItems', heading: '未销号', group: '整改事项' },
  { key: 'overdueItems', heading: '逾期', group: '整改事项' },
  { key: 'applicant', heading: '申请人', group: '发展党员' },
  { key: 'activist', heading: '积极分子', group: '发展党员' },
  { key: 'candidate', heading: '发展对象', group: '发展党员' },
  { key: 'probationary', heading: '预备党员', group: '发展党员' },
  { key: 'overdueSteps', heading: '逾期步骤', group: '发展党员' },
  { key: 'report', heading: '述职报告', group: '述职' },
  { key: 'dues', heading: '党费按时足额%', group: '党费' },
];
