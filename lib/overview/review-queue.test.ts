import { describe, expect, it } from 'vitest';
import { reviewQueue } from '@/lib/overview/review-queue';

const branches = [
  { id: 1, name: '一支部' },
  { id: 2, name: '二支部' },
];
const report = (branchId: number, year: number, status: 'draft' | 'submitted', grade: '好' | null = null) => ({
  branchId,
  year,
  status,
  grade,
  submittedAt: status === 'submitted' ? `${year + 1}-01-10T08:00:00.000Z` : null,
});

describe('the review queue', () => {
  const rows = reviewQueue(
    branches,
    [
      report(1, 2024, 'submitted', '好'),
      report(2, 2024, 'draft'),
      report(1, 2025, 'submitted'),
      report(2, 2025, 'draft'),
    ],
    [2025, 2024, 2023],
    2025,
  );

  it('lists past years for every branch, newest first, with what stands', () => {
    expect(rows.map((r) => `${r.year}${r.branchName}${r.state}`)).toEqual([
      '2025一支部awaiting',
      '2024一支部graded',
      '2024二支部missing',
      '2023一支部missing',
      '2023二支部missing',
    ]);
  });

  it('keeps this year’s unsubmitted reports out: they are still being written', () => {
    expect(rows.some((r) => r.year === 2025 && r.branchId === 2)).toBe(false);
  });

  it('never shows a draft’s grade or date', () => {
    const draft = rows.find((r) => r.year === 2024 && r.branchId === 2)!;
    expect(draft).toMatchObject({ grade: null, submittedAt: null });
  });
});
