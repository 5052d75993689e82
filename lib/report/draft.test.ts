import { describe, expect, it } from 'vitest';
import { buildDraftSections } from '@/lib/report/draft';
import type { DraftFacts, DraftLedger } from '@/lib/report/draft-facts';
import { figureKeysIn } from '@/lib/report/figure-key';
import { findPlaceholders } from '@/lib/report/placeholders';

const noRoster = {
  members: 0,
  full: 0,
  probationary: 0,
  female: 0,
  minority: 0,
  young: 0,
  college: 0,
  activists: 0,
  candidates: 0,
  committee: 0,
};

const quiet: DraftFacts = {
  year: 2025,
  branchKind: 'agency',
  committeeName: '某旗直机关党工委',
  meetingKinds: [
    { param: 'committee', code: 'committee', name: '支委会', held: 11 },
    { param: 'study', code: 'study', name: '集体学习', held: 0 },
    { param: '41', code: null, name: '党建业务交流会', held: 2 },
  ],
  themeDayPlaces: [],
  talks: 0,
  notices: 0,
  dues: { collected: 0, onTime: 0 },
  developmentSteps: [],
  projects: [],
  letterKinds: [],
  workCategories: [],
  integrity: { aspects: 0, items: 0, meetings: 0, letters: 0, talks: 0 },
  foundProblems: 0,
  carriedOver: 0,
  openProblems: [],
  nextYearPlans: [],
  roster: noRoster,
  partyGroups: [],
  ledgers: [],
  reviewProblemsFound: [],
};

const ledger = (values: Partial<DraftLedger> & Pick<DraftLedger, 'id' | 'template'>): DraftLedger => ({
  name: '台账',
  unit: '项',
  quantityUnit: null,
  entries: 2,
  tags: [],
  quantity: false,
  amount: false,
  people: false,
  ...values,
});

const bodyOf = (facts: DraftFacts, heading: string) =>
  buildDraftSections(facts).sections.find((s) => s.heading === heading)!.body;

describe('buildDraftSections', () => {
  it('writes a figure for each kind of meeting held, a branch’s own kind by its id', () => {
    const body = bodyOf(quiet, '规范组织生活，夯实支部建设');
    expect(body).toContain('全年开展支委会{{meetings:kind=committee}}次、党建业务交流会{{meetings:kind=41}}次。');
    expect(body).not.toContain('谈心谈话');
    expect(body).not.toContain('集体学习');
  });

  it('writes the 党费 collected and the on-time rate only when the ledger has them', () => {
    const body = (dues: DraftFacts['dues']) => bodyOf({ ...quiet, dues }, '规范组织生活，夯实支部建设');
    expect(body({ collected: 0, onTime: 0 })).not.toContain('党费');
    expect(body({ collected: 840, onTime: 4 })).toContain(
      '严格落实党费收缴制度，全年收缴党费{{dues:measure=collected}}元，党员按时足额交纳率{{dues:measure=rate}}%。',
    );
    expect(body({ collected: 840, onTime: 0 })).toContain(
      '严格落实党费收缴制度，全年收缴党费{{dues:measure=collected}}元。',
    );
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
      integrity: { aspects: 4, items: 15, meetings: 3, letters: 7, talks: 4 },
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
        { aspect: '学习方面', problem: '研讨不够深入。' },
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

  it('writes no sentence whose records the year has none of: a prompt for the area instead of “0个方面0项内容”', () => {
    const integrity = bodyOf(quiet, '落实从严治党责任，推进党风廉政建设');
    const work = bodyOf(quiet, '推动党建与业务融合，服务中心工作');
    expect(figureKeysIn([integrity, work])).toEqual([]);
    expect(findPlaceholders(integrity).map((p) => p.match)).toEqual([
      '【请填写：落实从严治党责任，推进党风廉政建设的具体做法和成效】',
    ]);
    expect(findPlaceholders(work).map((p) => p.match)).toEqual([
      '【请填写：推动党建与业务融合，服务中心工作的具体做法和成效】',
    ]);
  });

  it('keeps only the clean-government sentences the year has records for, each number a figure', () => {
    const body = bodyOf(
      { ...quiet, integrity: { aspects: 3, items: 0, meetings: 0, letters: 0, talks: 2 } },
      '落实从严治党责任，推进党风廉政建设',
    );
    expect(body).toContain(
      '一是压实管党治党主体责任，制定党风廉政建设主体责任清单，细化为{{integrity:what=aspects}}个方面。',
    );
    expect(body).toContain('二是抓好经常性纪律教育，开展廉政谈话{{integrity:what=talks}}次');
    expect(body).not.toContain('项内容');
    expect(body).not.toContain('专题会议');
    expect(body).not.toContain('承诺书');
  });

  it('counts the year’s problems, under clean government, by their state now with the same definition as the list of them', () => {
    const body = bodyOf({ ...quiet, foundProblems: 2, carriedOver: 1 }, '落实从严治党责任，推进党风廉政建设');
    expect(body).toContain(
      '检视出{{rectification:what=aspects}}个方面{{rectification:what=found}}个问题：{{list.rectification:what=found}}。',
    );
    expect(body).toContain(
      '目前已对账销号{{rectification:state=checked_off,what=found}}个、已完成整改待销号{{rectification:state=completed,what=found}}个、正在整改{{rectification:state=in_progress,what=found}}个；往年结转的{{rectification:what=carried_over}}个问题继续跟踪推进',
    );
    const onlyCarried = bodyOf({ ...quiet, carriedOver: 2 }, '落实从严治党责任，推进党风廉政建设');
    expect(figureKeysIn([onlyCarried])).toEqual(['rectification:what=carried_over']);
  });

  it('marks 下一步打算 and its 书记项目 so a continuation finds them whatever they are called', () => {
    const sections = buildDraftSections({
      ...quiet,
      nextYearPlans: [
        { name: '嘎查数据服务站', goal: '建立服务站', targets: [{ name: '宣传手册', unit: '份', quantity: 1000 }] },
      ],
    }).sections;
    expect(sections.filter((s) => s.kind).map((s) => [s.kind, s.heading])).toEqual([
      ['plans', '下一步打算'],
      ['secretary_project', '2026年书记项目'],
    ]);
    expect(sections.at(-1)?.body).toBe('拟实施嘎查数据服务站。建立服务站。目标是完成宣传手册1000份。');
  });
});

describe('buildDraftSections: the parts every kind of branch has', () => {
  it('opens with 基本情况, a sentence only for the members, pipeline and organisation the branch has', () => {
    const body = bodyOf(
      {
        ...quiet,
        roster: { ...noRoster, members: 12, full: 12, female: 3, young: 4, activists: 2, committee: 5 },
        partyGroups: [{ id: 8, name: '第一党小组' }],
      },
      '基本情况',
    );
    expect(body).toBe(
      '支部现有党员{{people:status=member}}名，其中正式党员{{people:status=full}}名。' +
        '党员中，女党员{{people:gender=female,status=member}}名，35岁及以下党员{{people:age=-35,status=member}}名。' +
        '现有入党积极分子{{people:status=activist}}名。' +
        '支部委员会现有委员{{committee}}名，下设第一党小组（党员{{people:group=8,status=member}}名）。',
    );
    expect(findPlaceholders(bodyOf(quiet, '基本情况'))).toHaveLength(1);
  });

  it('writes 亮点与特色 from the brand and honours ledgers, the honoured members only when entries name them', () => {
    const honours = ledger({ id: 4, template: 'honours', tags: ['优秀共产党员'], people: true });
    const brand = ledger({ id: 5, template: 'brand', tags: ['党建品牌'] });
    const body = bodyOf({ ...quiet, ledgers: [brand, honours] }, '亮点与特色');
    expect(figureKeysIn([body])).toEqual([
      'ledger:ledger=5,measure=entries',
      'list.ledger:ledger=5',
      'ledger:ledger=4,measure=entries',
      'list.ledger:ledger=4',
      'ledger:ledger=4,measure=people,tag=优秀共产党员',
    ]);
    const withoutPeople = bodyOf({ ...quiet, ledgers: [{ ...honours, people: false }] }, '亮点与特色');
    expect(withoutPeople).not.toContain('measure=people');
    const empty = bodyOf({ ...quiet, ledgers: [{ ...honours, entries: 0 }] }, '亮点与特色');
    expect(figureKeysIn([empty])).toEqual([]);
    expect(findPlaceholders(empty)).toHaveLength(1);
  });

  it('asks for 原因分析 after the problems, in a section of its own', () => {
    const sections = buildDraftSections(quiet).sections;
    const problems = sections.findIndex((s) => s.heading === '存在的主要问题');
    expect(sections[problems + 1]).toMatchObject({ level: 2, heading: '原因分析' });
    expect(findPlaceholders(sections[problems + 1].body)).toHaveLength(1);
  });

  it('reports on last year’s review comments only when they became problems, counted in the year they were found', () => {
    const review = (found: DraftFacts['reviewProblemsFound']) =>
      buildDraftSections({ ...quiet, reviewProblemsFound: found }).sections.filter((s) => s.kind === 'review');
    expect(review([])).toEqual([]);
    const [previous] = review(['previous']);
    expect(previous.heading).toBe('2024年度述职评议点评问题整改情况');
    expect(figureKeysIn([previous.body])).toContain('rectification:found=previous,source=duty_review');
    expect(figureKeysIn([previous.body])).toContain(
      'rectification:found=previous,source=duty_review,state=in_progress',
    );
    expect(figureKeysIn([review(['current'])[0].body])).toContain('list.rectification:source=duty_review');
  });

  it('writes each kind’s own areas and title, the same shared areas around them', () => {
    const headings = (kind: DraftFacts['branchKind']) =>
      buildDraftSections({ ...quiet, branchKind: kind }).sections.map((s) => s.heading);
    expect(headings('village')).toEqual(
      expect.arrayContaining(['发展壮大村集体经济', '改善农村人居环境', '推进乡村治理', '壮大集体经济，带动群众增收']),
    );
    expect(headings('hospital')).toEqual(expect.arrayContaining(['加强医德医风建设', '推动党建与医疗业务融合']));
    expect(headings('school')).toEqual(expect.arrayContaining(['加强师德师风建设']));
    for (const kind of ['agency', 'village', 'school', 'hospital', 'state_enterprise', 'private_sector'] as const) {
      expect(headings(kind).slice(0, 4)).toEqual([
        '基本情况',
        '本年度履职情况',
        '坚持理论武装，筑牢思想根基',
        '规范组织生活，夯实支部建设',
      ]);
      expect(buildDraftSections({ ...quiet, branchKind: kind }).title).toMatch(/^2025年度.*述职报告$/);
    }
  });

  it('puts a village’s collective economy and building projects in their own areas, its other projects under service', () => {
    const facts: DraftFacts = {
      ...quiet,
      branchKind: 'village',
      ledgers: [
        ledger({
          id: 9,
          template: 'collective_economy',
          tags: ['经营性收入'],
          amount: true,
          quantity: true,
          quantityUnit: '户',
        }),
      ],
      projects: [
        {
          id: 1,
          kind: '书记项目',
          name: '道路硬化',
          outputs: [{ typeId: 2, name: '道路', unit: '条', category: 'facilities' }],
        },
        { id: 3, kind: '志愿服务', name: '敬老', outputs: [] },
      ],
    };
    expect(figureKeysIn([bodyOf(facts, '发展壮大村集体经济')])).toEqual([
      'ledger:ledger=9,measure=entries',
      'list.ledger:ledger=9',
      'ledger:ledger=9,measure=amount',
      'ledger:ledger=9,measure=amount,tag=经营性收入',
      'ledger:ledger=9,measure=quantity',
    ]);
    expect(bodyOf(facts, '改善农村人居环境')).toContain('{{activities:project=1}}');
    expect(bodyOf(facts, '创新活动载体，服务群众办实事')).not.toContain('project=1');
    expect(bodyOf(facts, '创新活动载体，服务群众办实事')).toContain('{{activities:project=3}}');
  });
});
