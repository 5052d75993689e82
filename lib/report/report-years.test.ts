import { describe, expect, it } from 'vitest';
import { reportStateLabel, reportYears } from '@/lib/report/report-years';

describe('reportYears', () => {
  it('lists this year back to the first year, newest first, each with its report or none', () => {
    const rows = reportYears(
      [
        { year: 2024, status: 'draft', grade: null },
        { year: 2023, status: 'submitted', grade: '较好' },
      ],
      2026,
      2021,
    );
    expect(rows).toEqual([
      { year: 2026, status: null, grade: null },
      { year: 2025, status: null, grade: null },
      { year: 2024, status: 'draft', grade: null },
      { year: 2023, status: 'submitted', grade: '较好' },
      { year: 2022, status: null, grade: null },
      { year: 2021, status: null, grade: null },
    ]);
  });

  it('adds next year only once its report was started', () => {
    expect(reportYears([], 2026, 2025).map((r) => r.year)).toEqual([2026, 2025]);
    expect(reportYears([{ year: 2027, status: 'draft', grade: null }], 2026, 2025).map((r) => r.year)).toEqual([
      2027, 2026, 2025,
    ]);
  });
});

describe('reportStateLabel', () => {
  it('names the state, with the grade once a submitted report is graded', () => {
    expect(reportStateLabel({ status: 'draft', grade: null })).toBe('草稿');
    expect(reportStateLabel({ status: 'submitted', grade: null })).toBe('已提交');
    expect(reportStateLabel({ status: 'submitted', grade: '较好' })).toBe('已提交 · 较好');
    expect(reportStateLabel({ status: null, grade: null })).toBe('未开始');
  });
});
