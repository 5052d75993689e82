import { describe, expect, it } from 'vitest';
import {
  type CheckedSection,
  type CheckInput,
  findingsFingerprint,
  findingsSummary,
  nextYearPlanKey,
  reportChecks,
} from '@/lib/report/checks';
import type { FigureSummary } from '@/lib/report/figure-types';

const value = (key: string, label: string, v: number): [string, FigureSummary] => [
  key,
  { key, label, unit: '次', value: v, text: String(v) },
];

const base: CheckInput = {
  year: 2026,
  preamble: '',
  sections: [
    {
      id: 1,
      number: '一、',
      level: 1,
      heading: '组织生活',
      body: '召开支委会{{meetings:kind=committee}}次，谈话{{talks}}次。',
      assigneeName: null,
      carriedOver: false,
    },
  ],
  figures: new Map([
    value('meetings:kind=committee', '支委会次数', 12),
    value('talks', '谈心谈话次数', 3),
    value(nextYearPlanKey, '下一年度书记项目', 1),
  ]),
  overrides: [],
};

const kinds = (input: CheckInput) => reportChecks(input).map((f) => f.kind);

describe('checks before a report leaves the branch', () => {
  it('find nothing in a report with every figure counted and every part written', () => {
    expect(reportChecks(base)).toEqual([]);
  });

  it('name a figure that is 0 with what to record and where', () => {
    const figures = new Map(base.figures);
    figures.set(...value('meetings:kind=committee', '支委会次数', 0));
    const [finding] = reportChecks({ ...base, figures });
    expect(finding).toMatchObject({ kind: 'zero', sectionId: 1, where: '一、组织生活', message: '“支委会次数”为0' });
    expect(finding.fix).toEqual({ text: '2026年尚无这类会议的记录 → 去登记会议', href: '/meetings' });
  });

  it('point an empty responsibility list at copying last year’s', () => {
    const key = 'integrity:what=aspects';
    const figures = new Map([...base.figures, value(key, '主体责任清单方面数', 0)]);
    const sections = [{ ...base.sections[0], body: `细化为{{${key}}}个方面` }];
    expect(reportChecks({ ...base, sections, figures })[0].fix?.text).toBe('2026年尚无主体责任清单 → 去复制2025年清单');
  });

  it('list placeholders, broken tokens, invalid figures and overrides with their reasons', () => {
    const sections = [
      {
        ...base.sections[0],
        body: '全年x次。{{meetings:kind=study}次。{{meetings:kind=nope}}。{{talks}}次',
      },
    ];
    const figures = new Map([
      ...base.figures,
      ['meetings:kind=nope', { key: 'meetings:kind=nope', problem: '没有这类会议' }] as [string, FigureSummary],
    ]);
    const overrides = [{ figureKey: 'talks', text: '5', reason: '含线上谈话' }];
    const findings = reportChecks({ ...base, sections, figures, overrides });
    expect(findings.map((f) => f.kind)).toEqual(['placeholder', 'broken', 'invalid', 'override']);
    expect(findings[3].message).toBe('手动修改的数字：5（原因：含线上谈话）');
    expect(findingsSummary([...findings, findings[0]])).toBe('待填写 2、残缺标记 1、无效数字 1、手动修改 1');
  });

  it('name empty parts with their writer (not a heading over its parts), parts carried over unedited, and next year’s plan missing', () => {
    const sections: CheckedSection[] = [
      { ...base.sections[0] },
      { id: 2, number: '二、', level: 1, heading: '党风廉政', body: ' ', assigneeName: '王委员', carriedOver: false },
      { id: 3, number: '三、', level: 1, heading: '下一步打算', body: '', assigneeName: null, carriedOver: false },
      { id: 4, number: '（一）', level: 2, heading: '学习', body: '继续做好…', assigneeName: null, carriedOver: true },
    ];
    const figures = new Map([...base.figures, value(nextYearPlanKey, '下一年度书记项目', 0)]);
    const findings = reportChecks({ ...base, sections, figures });
    expect(findings.map((f) => [f.kind, f.sectionId])).toEqual([
      ['empty', 2],
      ['carried', 4],
      ['plan', null],
    ]);
    expect(findings[0].message).toContain('王委员');
    expect(findings[2].message).toBe('尚未登记2027年的书记项目');
  });

  it('have a fingerprint that changes when the list does', () => {
    const figures = new Map(base.figures);
    figures.set(...value('talks', '谈心谈话次数', 0));
    const one = reportChecks({ ...base, figures });
    expect(findingsFingerprint(one)).toBe(findingsFingerprint(reportChecks({ ...base, figures })));
    expect(findingsFingerprint(one)).not.toBe(findingsFingerprint([]));
    expect(kinds({ ...base, figures })).toEqual(['zero']);
  });
});
