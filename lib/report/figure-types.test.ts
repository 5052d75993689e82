import { describe, expect, it } from 'vitest';
import { type FigureResult, summariesOf } from '@/lib/report/figure-types';

describe('summariesOf', () => {
  it('keeps each figure’s value and drops its records; a problem stays as it is', () => {
    const figures = new Map<string, FigureResult>([
      [
        'meetings:kind=committee',
        {
          key: 'meetings:kind=committee',
          label: '支委会 次数',
          unit: '次',
          value: 2,
          text: '2',
          records: [
            { id: 1, title: '支委会：研究工作' },
            { id: 2, title: '支委会：部署学习' },
          ],
        },
      ],
      ['meetings:kind=gone', { key: 'meetings:kind=gone', problem: '没有这种会议类型' }],
    ]);
    expect(summariesOf(figures)).toEqual([
      [
        'meetings:kind=committee',
        { key: 'meetings:kind=committee', label: '支委会 次数', unit: '次', value: 2, text: '2' },
      ],
      ['meetings:kind=gone', { key: 'meetings:kind=gone', problem: '没有这种会议类型' }],
    ]);
  });
});
