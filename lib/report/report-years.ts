import { type ReportGrade, type ReportStatus, reportStatusLabels } from '@/lib/report/model';
import { firstYear } from '@/lib/years';

/** A year of the report list: its report's state and grade, or none when no report was started. */
export type ReportYear = { year: number; status: ReportStatus | null; grade: ReportGrade | null };

/**
 * Every year a report can be written for, newest first: this year back to the first year the app keeps,
 * with each year's report where there is one. A year beyond this one is listed only once its report was
 * started (a report is written when its year ends, so next year's is rarely begun early).
 */
export function reportYears(
  reports: { year: number; status: ReportStatus; grade: ReportGrade | null }[],
  thisYear: number,
  first: number = firstYear,
): ReportYear[] {
  const byYear = new Map(reports.map((r) => [r.year, r]));
  const years = new Set<number>(reports.map((r) => r.year).filter((y) => y >= first));
  for (let y = first; y <= thisYear; y++) years.add(y);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const report = byYear.get(year);
      return { year, status: report?.status ?? null, grade: report?.grade ?? null };
    });
}

/** '草稿', '已提交 · 较好' (once graded), '已提交', or '未开始' when there is no report. */
export function reportStateLabel({ status, grade }: Pick<ReportYear, 'status' | 'grade'>): string {
  if (!status) return '未开始';
  const label = reportStatusLabels[status];
  return status === 'submitted' && grade ? `${label} · ${grade}` : label;
}
