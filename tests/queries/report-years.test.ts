/**
 * The report list (/report): each branch sees its own reports of every year with their state and grade,
 * over the demo (the statistics branch's 2023 report submitted and graded 较好, its 2024 report a draft).
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { branchOwner } = await import('@/db/report/owner');
const { listReportYears } = await import('@/db/report/queries');
const { reportStateLabel, reportYears } = await import('@/lib/report/report-years');
const f = await import('@/tests/support/fixtures');

describe('listReportYears', () => {
  it('gives the branch’s reports with state and grade, newest first', () => {
    const rows = listReportYears(branchOwner(f.branchIdOf(f.statisticsBranchName)));
    expect(rows.filter((r) => r.year <= 2024)).toEqual([
      { year: 2024, status: 'draft', grade: null },
      { year: 2023, status: 'submitted', grade: '较好' },
    ]);
  });

  it('reads only the branch asked for', () => {
    const rows = listReportYears(branchOwner(f.branchIdOf(f.financeBranchName)));
    expect(rows.map((r) => r.year)).not.toContain(2023);
  });

  it('labels each year of the list from the first year to this one', () => {
    const rows = reportYears(listReportYears(branchOwner(f.branchIdOf(f.statisticsBranchName))), 2026);
    const label = (year: number) => reportStateLabel(rows.find((r) => r.year === year)!);
    expect(rows.at(-1)?.year).toBe(2021);
    expect(label(2023)).toBe('已提交 · 较好');
    expect(label(2024)).toBe('草稿');
    expect(label(2022)).toBe('未开始');
  });
});
