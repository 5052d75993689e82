/**
 * The figure engine's ratio measure (db/report/figures/aggregate-figures.ts): one measure divided by
 * another over the same rows, the numerator narrowed by its own condition, scaled and rounded, 0 when
 * the denominator is 0 — computed in the same one aggregate query as the table's other figures.
 */
import { eq, gte, type SQL, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { FigureMeasure, FigurePlan } from '@/db/report/figures/types';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { aggregateFigures } = await import('@/db/report/figures/aggregate-figures');
const { meetingsTable } = await import('@/db/report/figures/tables');
const { count, percentOf } = await import('@/db/report/figures/types');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');

const branch = fb.freshBranch('比率测试支部');
const seminars = [3, 0, 4].map((materials, i) =>
  fb.addMeeting(branch.id, 'seminar', `2026-0${i + 1}-10`, 'held', { seminarMaterials: materials }),
);
fb.addMeeting(branch.id, 'lecture', '2026-05-10', 'held');
fb.addMeeting(branch.id, 'committee', '2026-06-10', 'planned');
const ofKind = (code: 'seminar' | 'committee') => eq(s.meetings.kindId, fb.kindId(branch.id, code));

const plan = (where: SQL | undefined, measure: FigureMeasure): FigurePlan => ({
  table: meetingsTable,
  where,
  measure,
  subject: '测试',
  measureLabel: '比率',
  unit: '',
});

describe('a ratio measure', () => {
  const figures = aggregateFigures({ branchId: branch.id }, 2026, [
    { key: 'share', plan: plan(undefined, percentOf(gte(s.meetings.seminarMaterials, 1))) },
    {
      key: 'average',
      plan: plan(ofKind('seminar'), {
        kind: 'ratio',
        numerator: { kind: 'sum', of: s.meetings.seminarMaterials },
        denominator: count,
        scale: 1,
        digits: 2,
      }),
    },
    { key: 'none', plan: plan(ofKind('committee'), percentOf(sql`1`)) },
    {
      key: 'kinds',
      plan: plan(undefined, {
        kind: 'ratio',
        numerator: count,
        denominator: { kind: 'distinct', of: s.meetings.kindId },
        scale: 1,
        digits: 0,
      }),
    },
  ]);

  it('divides the numerator, narrowed by its condition, by the denominator over the figure’s rows', () => {
    // 2 of 4 held meetings have materials; 7 materials over 3 seminars; 4 meetings over 2 kinds.
    expect(figures.get('share')!.value).toBe(50);
    expect(figures.get('average')!.value).toBe(2.33);
    expect(figures.get('kinds')!.value).toBe(2);
  });

  it('is 0 when the denominator is 0', () => {
    expect(figures.get('none')).toEqual({ value: 0, ids: [] });
  });

  it('lists the records of the denominator’s rows', () => {
    expect(figures.get('average')!.ids).toEqual(seminars.map((m) => m.id));
    expect(figures.get('share')!.ids).toHaveLength(4);
  });
});
