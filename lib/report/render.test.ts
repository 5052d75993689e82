import { describe, expect, it } from 'vitest';
import type { FigureResult } from '@/lib/report/figure-types';
import { renderReport, resolveText, sectionNumbers } from '@/lib/report/render';

const figures = new Map<string, FigureResult>([
  [
    'meetings:kind=committee',
    { key: 'meetings:kind=committee', label: '支委会 次数', unit: '次', value: 12, text: '12', records: [] },
  ],
  ['gone', { key: 'gone', problem: '会议类型已删除' }],
]);

/** Sections by level, `u` marking one left unnumbered: [1, 2, '2u'] */
const sections = (levels: (1 | 2 | '1u' | '2u')[]) =>
  levels.map((l) => ({ level: (l === 1 || l === '1u' ? 1 : 2) as 1 | 2, numbered: typeof l === 'number' }));

describe('sectionNumbers', () => {
  it('numbers first-level headings 一、二、 and restarts second-level ones under each', () => {
    expect(sectionNumbers(sections([1, 2, 2, 1, 1, 2]))).toEqual([
      '一、',
      '（一）',
      '（二）',
      '二、',
      '三、',
      '（一）',
    ]);
  });

  it('gives an unnumbered heading no number and numbers the others as if it were not there', () => {
    expect(sectionNumbers(sections([1, '1u', 1, 2, '2u', 2]))).toEqual(['一、', '', '二、', '（一）', '', '（二）']);
    // An unnumbered first-level heading does not start the second-level numbering again.
    expect(sectionNumbers(sections([1, 2, '1u', 2]))).toEqual(['一、', '（一）', '', '（二）']);
    expect(sectionNumbers(sections(['1u', 2, 1]))).toEqual(['', '（一）', '一、']);
  });
});

describe('resolveText', () => {
  it('writes computed figures, hand-set ones in their place, and marks unknown ones', () => {
    const overrides = new Map([
      ['meetings:kind=committee', { figureKey: 'meetings:kind=committee', text: '13', reason: '含一次临时会议' }],
    ]);
    expect(resolveText('召开支委会议{{meetings:kind=committee}}次', figures, new Map())).toBe('召开支委会议12次');
    expect(resolveText('召开支委会议{{meetings:kind=committee}}次', figures, overrides)).toBe('召开支委会议13次');
    expect(resolveText('{{gone}}次', figures, new Map())).toBe('【数字无效】次');
  });
});

describe('renderReport', () => {
  it('splits bodies into paragraphs and numbers the sections', () => {
    const rendered = renderReport(
      {
        title: '2023年述职报告',
        year: 2023,
        preamble: '现将履职情况报告如下：',
        sections: [
          { level: 1, numbered: true, heading: '本年度履职情况', body: '' },
          { level: 1, numbered: false, heading: '不忘初心，牢记使命', body: '' },
          {
            level: 2,
            numbered: true,
            heading: '规范组织生活',
            body: '召开支委会议{{meetings:kind=committee}}次。\n\n第二段。',
          },
        ],
      },
      { branchName: '旗统计局党支部', author: '孟庆华', figures, overrides: [] },
    );
    expect(rendered.sections).toEqual([
      { level: 1, number: '一、', heading: '本年度履职情况', paragraphs: [] },
      { level: 1, number: '', heading: '不忘初心，牢记使命', paragraphs: [] },
      { level: 2, number: '（一）', heading: '规范组织生活', paragraphs: ['召开支委会议12次。', '第二段。'] },
    ]);
    expect(rendered.preamble).toEqual(['现将履职情况报告如下：']);
  });
});
