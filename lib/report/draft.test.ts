import { describe, expect, it } from 'vitest';
import { buildDraftSections } from '@/lib/report/draft';
import type { DraftFacts } from '@/lib/report/draft-facts';
import { figureKeysIn } from '@/lib/report/figure-key';
import { findPlaceholders } from '@/lib/report/placeholders';

const quiet: DraftFacts = {
  year: 2025,
  committeeName: '某旗直机关党工委',
  meetingKinds: [
    { param: 'committee', code: 'committee', name: '支委会', held: 11 },
    { param: 'study', code: 'study', name: '集体学习', held: 0 },
    { param: '41', code: null, name: '党建业务交流会', held: 2 },
  ],
  themeDayPlaces: [],
  talks: 0,
  notices: 0,
  developmentSteps: [],
  projects: [],
  letterKinds: [],
  workCategories: [],
  carriedOver: 0,
  openProblems: [],
  nextYearPlans: [],
};

const bodyOf = (facts: DraftFacts, heading: string) =>
  buildDraftSections(facts).sections.find((s) => s.heading === heading)!.body;

describe('buildDraftSections', () => {
  it('writes a figure for each kind of meeting held, a branch’s own kind by its id', () => {
    const body = bodyOf(quiet, '规范组织生活，夯实支部建设');
    expect(body).toContain('全年开展支委会{{meetings:kind=committee}}次、党建业务交流会{{meetings:kind=41}}次。');
    expect(body).not.toContain('谈心谈话');
    expect(body).not.toContain('集体学习');
  });

  it('leaves a prompt, not an x, where the records have nothing to say', () => {
    const draft = buildDraftSections(quiet);
    expect(findPlaceholders(bodyOf(quiet, '坚持理论武装，筑牢思想根基'))).toEqual([
      expect.objectContaining({ match: '【请填写：坚持理论武装，筑牢思想根基的具体做法和成效】' }),
    ]);
    expect(findPlaceholders(bodyOf(quiet, '2026年书记项目'))[0].match).toContain('2026年书记项目');
    const all = [draft.preamble, ...draft.sections.flatMap((s) => [s.heading, s.body])];
    expect(all.flatMap(findPlaceholders).every((p) => p.match.startsWith('【请填写：'))).toBe(true);
  });

  it('names letters’ counterparts with their measure words and projects’ outputs by project and type', () => {
    const facts: DraftFacts = {
      ...quiet,
      letterKinds: ['分管领域负责人', '股室'],
      projects: [
        {
          id: 7,
          kind: '结对帮扶',
          name: '帮扶某嘎查',
          outputs: [{ typeId: 3, name: '大米', unit: '袋', category: 'goods' }],
        },
      ],
    };
    expect(bodyOf(facts, '落实从严治党责任，推进党风廉政建设')).toContain(
      '与{{integrity:counterpart=分管领域负责人,measure=counterparts,what=letters}}名分管领域负责人、{{integrity:counterpart=股室,measure=counterparts,what=letters}}个股室签订',
    );
    expect(bodyOf(facts, '创新活动载体，服务群众办实事')).toContain(
      '一是做好结对帮扶，推进帮扶某嘎查，年内开展活动{{activities:project=7}}次，送去大米{{outputs:project=7,type=3}}袋。',
    );
  });

  it('lists the problems still open by aspect and plans their rectification', () => {
    const facts: DraftFacts = {
      ...quiet,
      openProblems: [
        { aspect: '学习方面', problem: '学习不够系统' },
        { aspect: '学习方面', problem: '研讨不够深入' },
      ],
    };
    const sections = buildDraftSections(facts).sections;
    expect(sections.find((s) => s.heading === '学习方面')).toEqual({
      level: 2,
      heading: '学习方面',
      body: '学习不够系统；研讨不够深入。',
    });
    expect(figureKeysIn([bodyOf(facts, '抓实问题整改，巩固整改成果')])).toEqual(['rectification:what=open']);
  });
});
