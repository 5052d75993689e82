import { describe, expect, it } from 'vitest';
import { carriedSections, type LastYearSection, moveYearOn } from '@/lib/report/draft-continuation';
import type { DraftPlan } from '@/lib/report/draft-facts';

const section = (level: 1 | 2, heading: string, body = '', kind: LastYearSection['kind'] = null): LastYearSection => ({
  level,
  heading,
  body,
  kind,
});

// The 2025 report as its secretary left it: renamed headings, a comparison with 2024 carried from before.
const report2025: LastYearSection[] = [
  section(1, '本年度履职情况'),
  section(2, '理论武装', '2025年组织集体学习{{meetings:kind=study}}次，2021年以来坚持不懈。'),
  section(1, '对照2024年的落实情况（已改名）', '2024年查摆问题……', 'review'),
  section(2, '补充说明', '对照部分的补充'),
  section(1, '明年的打算（已改名）', '2026年，支部将在2025年基础上继续努力。', 'plans'),
  section(2, '2026年重点工作', '2026年度完成{{outputs:type=2026}}项，共12026份。'),
  section(2, '书记项目安排（2026年）', '拟实施2026年书记项目：旧计划。', 'secretary_project'),
  { ...section(1, '其他', '2026年的话'), numbered: false },
];

const plans: DraftPlan[] = [{ name: '2027年书记项目：嘎查人居环境整治', goal: null, targets: [] }];

describe('moveYearOn', () => {
  it('moves only the year named, written before 年, and never inside a token or a longer number', () => {
    expect(moveYearOn('2026年、2026年度、2025年、12026年、2026届{{x:y=2026年}}', 2026)).toBe(
      '2027年、2027年度、2025年、12026年、2026届{{x:y=2026年}}',
    );
  });
});

describe('carriedSections', () => {
  const carried = carriedSections(report2025, 2026, plans);

  it('carries every section but the comparison, marked as carried over, text outside 下一步打算 as written', () => {
    expect(carried.map((s) => s.heading)).toEqual([
      '本年度履职情况',
      '理论武装',
      '明年的打算（已改名）',
      '2027年重点工作',
      '书记项目安排（2027年）',
      '其他',
    ]);
    expect(carried[1]).toEqual({
      level: 2,
      heading: '理论武装',
      body: '2025年组织集体学习{{meetings:kind=study}}次，2021年以来坚持不懈。',
      kind: null,
      numbered: undefined,
      carriedOver: true,
    });
    // A heading left unnumbered stays unnumbered.
    expect(carried.at(-1)).toMatchObject({ body: '2026年的话', carriedOver: true, numbered: false });
  });

  it('moves 下一步打算 on to the year after the report’s, its 书记项目 written from next year’s plans', () => {
    expect(carried[2]).toMatchObject({
      kind: 'plans',
      body: '2027年，支部将在2025年基础上继续努力。',
      carriedOver: true,
    });
    expect(carried[3].body).toBe('2027年度完成{{outputs:type=2026}}项，共12026份。');
    expect(carried[4]).toEqual({
      level: 2,
      kind: 'secretary_project',
      heading: '书记项目安排（2027年）',
      body: '拟实施2027年书记项目：嘎查人居环境整治。',
    });
  });

  it('asks for next year’s 书记项目 when none is recorded, and adds the part to 下一步打算 when last year had none', () => {
    expect(carriedSections(report2025, 2026, [])[4].body).toBe('【请填写：2027年书记项目的名称、内容和目标】');
    const without = carriedSections(
      report2025.filter((s) => s.kind !== 'secretary_project'),
      2026,
      [],
    );
    expect(without.map((s) => [s.heading, s.kind ?? null])).toEqual([
      ['本年度履职情况', null],
      ['理论武装', null],
      ['明年的打算（已改名）', 'plans'],
      ['2027年重点工作', null],
      ['2027年书记项目', 'secretary_project'],
      ['其他', null],
    ]);
  });

  it('writes one 书记项目 part even when last year’s report had two', () => {
    const twice = [...report2025, section(2, '又一个书记项目', '旧', 'secretary_project')];
    expect(carriedSections(twice, 2026, plans).filter((s) => s.kind === 'secretary_project')).toHaveLength(1);
  });
});
