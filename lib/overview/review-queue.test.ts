import { describe, expect, it } from 'vitest';
import { reviewQueue } from '@/lib/overview/review-queue';
import type { ReportRef } from '@/lib/report/report-ref';

const branch = (id: number): ReportRef => ({ kind: 'branch', id });
const organisation = (id: number): ReportRef => ({ kind: 'organisation', id });

// An organisation beneath the reviewer's writes a report of its own: it comes first, as reportsBeneath gives it.
// Its id is the same number as a branch's: the queue tells them apart by kind.
const writers = [
  { ref: organisation(1), name: '一党总支' },
  { ref: branch(1), name: '一支部' },
  { ref: branch(2), name: '二支部' },
];
const report = (ref: ReportRef, year: number, status: 'draft' | 'submitted', grade: '好' | null = null) => ({
  ref,
  year,
  status,
  grade,
  submittedAt: status === 'submitted' ? `${year + 1}-01-10T08:00:00.000Z` : null,
});

describe('the review queue', () => {
  const rows = reviewQueue(
    writers,
    [
      report(branch(1), 2024, 'submitted', '好'),
      report(branch(2), 2024, 'draft'),
      report(branch(1), 2025, 'submitted'),
      report(branch(2), 2025, 'draft'),
      report(organisation(1), 2023, 'submitted'),
    ],
    [2025, 2024, 2023],
    2025,
  );

  it('lists past years for every writer, newest first, with what stands', () => {
    expect(rows.map((r) => `${r.year}${r.name}${r.state}`)).toEqual([
      '2025一支部awaiting',
      '2024一党总支missing',
      '2024一支部graded',
      '2024二支部missing',
      '2023一党总支awaiting',
      '2023一支部missing',
      '2023二支部missing',
    ]);
  });

  it('keeps each row’s reference to the report it names', () => {
    expect(rows.filter((r) => r.year === 2023).map((r) => r.ref)).toEqual([organisation(1), branch(1), branch(2)]);
  });

  it('keeps this year’s unsubmitted reports out: they are still being written', () => {
    expect(rows.some((r) => r.year === 2025 && r.ref.kind === 'branch' && r.ref.id === 2)).toBe(false);
    expect(rows.some((r) => r.year === 2025 && r.ref.kind === 'organisation')).toBe(false);
  });

  it('never shows a draft’s grade or date', () => {
    const draft = rows.find((r) => r.year === 2024 && r.ref.kind === 'branch' && r.ref.id === 2)!;
    expect(draft).toMatchObject({ grade: null, submittedAt: null });
  });
});
