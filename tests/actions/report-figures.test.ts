import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import { buildDraftSections } from '@/lib/report/draft';
import { figureKeysIn, parseFigureKey, segmentsOf } from '@/lib/report/figure-key';
import { type FigureValue, isProblem } from '@/lib/report/figure-types';
import { findPlaceholders } from '@/lib/report/placeholders';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { draftFacts } = await import('@/db/report/draft-facts');
const { integrityCountsForYear } = await import('@/db/report/totals/integrity');
const { serviceTotalsForYear } = await import('@/db/report/totals/service');
const { workOutputTotalsForYear } = await import('@/db/report/totals/work-outputs');
const {
  activityOutputs,
  commitmentLetters,
  meetingKinds,
  meetings,
  notices,
  outputTypes,
  projectActivities,
  projects,
  rectificationItems,
  workOutputCategories,
  workOutputs,
} = await import('@/db/schema');
const { expectedFigure } = await import('@/tests/support/report-figures');
const reportQueries = await import('@/db/report/queries');
const { branchOwner } = await import('@/db/report/owner');
const f = await import('@/tests/support/fixtures');

const branchId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);

const draft = buildDraftSections(draftFacts({ branchId }, 2023));
const draftKeys = figureKeysIn([draft.preamble, ...draft.sections.map((s) => s.body)]);
/** The roster's and the ledgers' figures are held to their records by their own tests (people-, ledger-figures). */
const ownTested = new Set(['people', 'committee', 'ledger', 'list.ledger']);
const recordKeys = draftKeys.filter((key) => !ownTested.has(parseFigureKey(key)!.source));

function figure(key: string, year = 2023, branch = branchId): FigureValue {
  const result = computeFigures({ branchId: branch }, year, [key]).get(key)!;
  if (isProblem(result)) throw new Error(`${key}: ${result.problem}`);
  return result;
}

const problemOf = (key: string, branch = branchId) => {
  const result = computeFigures({ branchId: branch }, 2023, [key]).get(key)!;
  return isProblem(result) ? result.problem : null;
};

const typeId = (name: string) =>
  db
    .select({ id: outputTypes.id })
    .from(outputTypes)
    .where(and(eq(outputTypes.branchId, branchId), eq(outputTypes.name, name)))
    .get()!.id;
const workCategoryId = (name: string) =>
  db
    .select({ id: workOutputCategories.id })
    .from(workOutputCategories)
    .where(and(eq(workOutputCategories.branchId, branchId), eq(workOutputCategories.name, name)))
    .get()!.id;

/** Counts the SQL statements prepared while `run` runs (drizzle prepares one per query). */
function statementsDuring(run: () => unknown): number {
  const client = db.$client;
  const prepare = client.prepare;
  let statements = 0;
  client.prepare = ((source: string) => {
    statements++;
    return prepare.call(client, source);
  }) as typeof prepare;
  try {
    run();
  } finally {
    client.prepare = prepare;
  }
  return statements;
}

/** The numbers the seed report had to dig out by hand, as the demo's 2023 records give them. */
function seedReportNumbers(): [string, number, string?][] {
  return [
    ['meetings:kind=committee', 12],
    ['meetings:kind=general', 4],
    ['meetings:kind=lecture', 4],
    ['meetings:kind=theme_day', 12],
    ['meetings:kind=study', 18],
    ['meetings:kind=seminar', 4],
    ['meetings:kind=seminar,measure=materials', 8],
    ['meetings:kind=seminar,measure=articles', 20],
    ['development:step=full_approved', 1],
    ['development:step=candidate_confirmed', 1],
    ['development:step=activist_confirmed', 2],
    [`outputs:type=${typeId('捐款')}`, 3650, '3650'],
    [`outputs:type=${typeId('投入资金')}`, 80000, '8万'],
    [`outputs:type=${typeId('垃圾点升级改造')}`, 3],
    [`outputs:type=${typeId('受益农牧民')}`, 56],
    [`outputs:type=${typeId('受益群众')}`, 1120],
    [`outputs:type=${typeId('横幅')}`, 26],
    [`outputs:type=${typeId('手机短信')}`, 32000, '3.2万'],
    [`outputs:type=${typeId('宣传手册')}`, 2600],
    [`outputs:type=${typeId('宣传展板')}`, 18],
    ['integrity:what=aspects', 4],
    ['integrity:what=items', 15],
    ['integrity:what=letters', 12],
    ['integrity:counterpart=分管领域负责人,measure=counterparts,what=letters', 2],
    ['integrity:counterpart=股室,measure=counterparts,what=letters', 5],
    ['integrity:what=talks', 4],
    ['integrity:what=meetings', 3],
    [`work:category=${workCategoryId('统计信息')}`, 36],
    [`work:category=${workCategoryId('统计月报')}`, 11],
    [`work:category=${workCategoryId('统计分析')}`, 8],
    [`work:category=${workCategoryId('约稿')}`, 4],
    [`work:category=${workCategoryId('调研报告')}`, 3],
    ['rectification:what=aspects', 3],
    ['rectification:what=found', 4],
    ['rectification:what=completed', 4],
    ['rectification:what=checked_off', 4],
    ['rectification:what=open', 0],
    ['notices', 12],
  ];
}

function expectSeedReportNumbers() {
  const seed = seedReportNumbers();
  const figures = computeFigures(
    { branchId },
    2023,
    seed.map(([key]) => key),
  );
  expect(
    seed.map(([key]) => [key, (figures.get(key) as FigureValue).value, (figures.get(key) as FigureValue).text]),
  ).toEqual(seed.map(([key, value, text]) => [key, value, text ?? String(value)]));
}

describe('the demo statistics branch’s generated 2023 draft', () => {
  it('follows the 机关 template: 基本情况, the year’s work in six areas, 亮点与特色, the problems, the plans with next year’s 书记项目', () => {
    expect(draft.title).toBe('2023年度党支部书记抓基层党建工作述职报告');
    expect(draft.preamble).toContain('2023年');
    expect(draft.sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '基本情况',
      '本年度履职情况',
      '亮点与特色',
      '存在的主要问题',
      '下一步打算',
    ]);
    expect(draft.sections[0].body).toContain('{{people:status=member}}');
    const start = draft.sections.findIndex((s) => s.heading === '本年度履职情况') + 1;
    const work = draft.sections.slice(
      start,
      draft.sections.findIndex((s) => s.heading === '亮点与特色'),
    );
    expect(work.map((s) => s.level)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(work[0].body).toContain('{{meetings:kind=study}}');
    expect(work[2].body).toContain('{{list.meetings:kind=theme_day}}');
    expect(work[4].body).toContain('{{list.rectification:what=found}}');
    expect(work[5].heading).toBe('推动党建与业务融合，服务中心工作');
    expect(work[5].body).toContain(`{{work:category=${workCategoryId('统计信息')}}}`);
    const plan = draft.sections.at(-1)!;
    expect(plan.heading).toBe('2024年书记项目');
    expect(plan.body).toContain('胡杨林病虫害防治');
    expect(plan.body).toContain('病虫害防治3000亩');
  });

  it('became the submitted 2023 report in the shape it was written in: five areas, the problems, the plans, nothing left to fill in', () => {
    const { getReport } = reportQueries;
    const sections = getReport(branchOwner(branchId), 2023)!.sections;
    expect(sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '本年度履职情况',
      '存在的主要问题',
      '下一步打算',
    ]);
    const areas = sections.slice(
      1,
      sections.findIndex((s) => s.heading === '存在的主要问题'),
    );
    expect(areas.map((s) => s.heading)).toEqual([
      '坚持理论武装，筑牢思想根基',
      '规范组织生活，夯实支部建设',
      '创新活动载体，服务群众办实事',
      '落实从严治党责任，推进党风廉政建设',
      '推动党建与业务融合，服务中心工作',
    ]);
    expect(sections.flatMap((s) => findPlaceholders(s.body))).toEqual([]);
  });

  it('has every figure equal to the count or sum of its records, queried independently', () => {
    const figures = computeFigures({ branchId }, 2023, recordKeys);
    expect(recordKeys.length).toBeGreaterThan(40);
    for (const key of recordKeys) {
      const result = figures.get(key)!;
      if (isProblem(result)) throw new Error(`${key}: ${result.problem}`);
      const ids = result.records.map((r) => r.id).sort((a, b) => a - b);
      expect({ key, value: result.value, ids }).toEqual({
        key,
        ...expectedFigure(branchId, 2023, parseFigureKey(key)!),
      });
      expect(result.records.every((r) => r.title && r.href?.startsWith('/'))).toBe(true);
    }
  });

  it('gives the numbers the seed report had to dig out by hand', () => {
    expectSeedReportNumbers();
  });

  it('reads as the seed does once its figures are written in', () => {
    const figures = computeFigures({ branchId }, 2023, draftKeys);
    const render = (text: string) =>
      segmentsOf(text)
        .map((s) => (s.kind === 'text' ? s.text : (figures.get(s.key) as FigureValue).text))
        .join('');
    const report = draft.sections.map((s) => render(s.body)).join('\n');
    for (const phrase of [
      '集体学习18次',
      '专题研讨4次，党员撰写研讨材料8篇、交流体会20篇',
      '支部党员大会4次、支委会12次、党小组会24次、党课4次、主题党日12次',
      '公开党务事项12项',
      '预备党员按期转正1名，确定发展对象1名，确定入党积极分子2名',
      '捐款3650元',
      '投入资金8万元，完成垃圾点升级改造3个，受益农牧民56户',
      '受益群众1120人次，制作发放横幅26条、手机短信3.2万条、宣传手册2600份、宣传展板18张',
      '细化为4个方面15项内容',
      '专题会议3次',
      '与2名分管领域负责人、5个股室签订承诺书（责任书）12份',
      '廉政谈话4次',
      '统计信息36篇、统计月报11期、统计分析8篇、约稿4篇、调研报告3篇',
      '检视出3个方面4个问题',
      '实行对账销号，目前已对账销号4个、已完成整改待销号0个、正在整改0个',
    ])
      expect(report).toContain(phrase);
  });

  it('agrees with the figures the area pages show', () => {
    const integrity = integrityCountsForYear({ branchId }, 2023);
    expect(figure('integrity:what=items').records.map((r) => r.id)).toEqual(integrity.items.ids);
    expect(figure('integrity:counterpart=股室,what=letters').value).toBe(
      integrity.letters.byKind.find((k) => k.kind === '股室')!.count,
    );
    const invested = serviceTotalsForYear({ branchId }, 2023).find((t) => t.name === '投入资金')!;
    expect(figure(`outputs:type=${typeId('投入资金')}`).records.map((r) => r.id)).toEqual(invested.activityIds);
    for (const total of workOutputTotalsForYear({ branchId }, 2023))
      expect(figure(`work:category=${total.categoryId}`).value).toBe(total.total);
  });

  it('leaves a placeholder only where the secretary must write, never beside a figure', () => {
    for (const text of [draft.title, draft.preamble, ...draft.sections.flatMap((s) => [s.heading, s.body])]) {
      const found = findPlaceholders(text);
      expect(found.every((p) => p.match.startsWith('【请填写：'))).toBe(true);
      if (figureKeysIn([text]).length) expect(found).toEqual([]);
    }
    const problems = draft.sections.find((s) => s.heading === '存在的主要问题')!;
    expect(findPlaceholders(problems.body)).toHaveLength(1);
  });

  it('takes up the problems still open at the end of a year', () => {
    const current = buildDraftSections(draftFacts({ branchId }, 2026));
    const start = current.sections.findIndex((s) => s.heading === '存在的主要问题');
    const end = current.sections.findIndex((s) => s.heading === '下一步打算');
    expect(current.sections.slice(start + 1, end).map((s) => s.heading)).toEqual([
      '服务群众方面',
      '专业学习和业务指导方面',
      '组织生活方面',
      '数据质量方面',
      '原因分析',
    ]);
    expect(current.sections.at(-1)!.heading).toBe('2027年书记项目');
    expect(current.sections.find((s) => s.heading === '抓实问题整改，巩固整改成果')!.body).toContain(
      '{{rectification:what=open}}',
    );
  });
});

describe('computeFigures', () => {
  it('restricts a figure to a half or a quarter of the year', () => {
    expect(figure('meetings:kind=committee,period=Q1').value).toBe(3);
    expect(figure('meetings:kind=committee,period=H2').value).toBe(6);
    expect(figure('notices:period=H1').value + figure('notices:period=H2').value).toBe(figure('notices').value);
    expect(figure('meetings:kind=committee,period=Q1').label).toBe('支委会 次数（第一季度）');
  });

  it('narrows by place, lecturer, project, category and counterpart', () => {
    expect(figure('meetings:kind=theme_day,place=红色教育基地').records.map((r) => r.title)).toEqual([
      '主题党日：走进革命历史展馆，追寻红色足迹',
      '主题党日：民族团结进步主题参观',
      '主题党日：国庆主题党日：我和祖国共成长',
    ]);
    expect(figure('meetings:kind=lecture,lecturer=secretary').value).toBe(2);
    expect(figure('outputs:category=money')).toMatchObject({
      value: 83650,
      text: '83650',
      unit: '元',
      label: '资金 合计',
    });
    expect(figure('integrity:measure=counterparts,what=letters').value).toBe(7);
    expect(figure('projects:kind=结对共建').value).toBe(1);
    expect(figure('activities:project_kind=志愿服务').value).toBe(3);
  });

  it('writes lists of theme days, projects with their outputs, and problems with their state', () => {
    const themeDays = figure('list.meetings:kind=theme_day');
    expect(themeDays.value).toBe(12);
    expect(themeDays.text.split('、')).toHaveLength(12);
    expect(themeDays.text).toContain('“统计法治宣传进社区”（旗法治教育展厅）');
    expect(figure('list.projects').text).toContain(
      '巴苏木昂嘎查居民生活垃圾点升级改造（投入资金8万元、垃圾点升级改造3个、受益农牧民56户）',
    );
    const problems = figure('list.rectification:what=found');
    expect(problems.value).toBe(4);
    expect(problems.text.split('；').every((item) => item.endsWith('（已销号）'))).toBe(true);
    expect(figure('list.rectification:what=open').text).toBe('无');
  });

  it('explains in Chinese why a token names no figure', () => {
    expect(problemOf('坏')).toContain('写法不正确');
    expect(problemOf('votes')).toBe('没有名为“votes”的数字来源');
    expect(problemOf('constructor')).toBe('没有名为“constructor”的数字来源');
    expect(problemOf('meetings:kind=999')).toContain('可能已被删除');
    expect(problemOf('meetings:kind=banquet')).toContain('本支部没有会议类型“banquet”');
    expect(problemOf('meetings:colour=red')).toBe('“meetings”不支持参数“colour”');
    expect(problemOf('list.meetings:kind=seminar,measure=materials')).toBe('“list.meetings”不支持参数“measure”');
    expect(problemOf('meetings:kind=committee,period=Q5')).toContain('时段“Q5”无效');
    expect(problemOf('integrity:period=Q1,what=aspects')).toContain('按年度统计');
    expect(problemOf('outputs:category=goods')).toContain('单位不一');
    expect(problemOf('development:step=elected')).toContain('step');
    expect(problemOf(`outputs:type=${typeId('捐款')}`, financeId)).toContain('本支部没有编号为');
  });

  it('counts only the branch’s own records', () => {
    expect(figure('meetings:kind=committee', 2023, financeId).value).toBe(0);
    expect(figure('notices', 2023, financeId).records).toEqual([]);
  });
});

describe('figureCatalogue', () => {
  const catalogue = figureCatalogue({ branchId });

  it('offers every figure of the seed, grouped for the picker, each computable', () => {
    expect([...new Set(catalogue.map((e) => e.group))]).toEqual([
      '党员队伍',
      '组织生活',
      '发展党员',
      '结对与服务',
      '党风廉政',
      '工作成果',
      '问题整改',
      '党务公开',
      '党费',
      '自定义台账',
      '列表',
    ]);
    expect(new Set(catalogue.map((e) => e.key)).size).toBe(catalogue.length);
    expect(catalogue).toContainEqual({
      group: '组织生活',
      label: '支委会 次数',
      key: 'meetings:kind=committee',
      unit: '次',
      dated: true,
    });
    expect(catalogue).toContainEqual({
      group: '结对与服务',
      label: '投入资金 合计',
      key: `outputs:type=${typeId('投入资金')}`,
      unit: '元',
      dated: true,
    });
    expect(catalogue).toContainEqual({
      group: '党风廉政',
      label: '主体责任清单 方面数',
      key: 'integrity:what=aspects',
      unit: '个',
      dated: false,
    });
    expect(catalogue.some((e) => e.key === 'outputs:category=goods')).toBe(false);
    const results = computeFigures(
      { branchId },
      2023,
      catalogue.map((e) => e.key),
    );
    for (const entry of catalogue)
      expect(results.get(entry.key), entry.key).toMatchObject({ label: entry.label, unit: entry.unit });
    for (const key of draftKeys.filter((k) => !k.includes('project=')))
      expect(
        catalogue.map((e) => e.key),
        key,
      ).toContain(key);
  });

  it('includes a kind of meeting the branch added itself, by its id', () => {
    const own = db
      .insert(meetingKinds)
      .values({ branchId, code: null, name: '党建业务交流会', attendeeScope: 'members', sortOrder: 20 })
      .returning()
      .get();
    expect(figureCatalogue({ branchId })).toContainEqual({
      group: '组织生活',
      label: '党建业务交流会 次数',
      key: `meetings:kind=${own.id}`,
      unit: '次',
      dated: true,
    });
    expect(figure(`meetings:kind=${own.id}`).value).toBe(0);
    expect(problemOf(`meetings:kind=${own.id}`, financeId)).toContain('可能已被删除');
  });
});

describe('the cost of computing a report’s figures', () => {
  it('does not grow with the number of tokens or of records', () => {
    const before = statementsDuring(() => computeFigures({ branchId }, 2023, draftKeys));
    expect(before).toBeLessThan(30);

    const kinds = Object.fromEntries(
      db
        .select({ id: meetingKinds.id, code: meetingKinds.code })
        .from(meetingKinds)
        .where(eq(meetingKinds.branchId, branchId))
        .all()
        .map((k) => [k.code, k.id]),
    );
    const codes = ['committee', 'theme_day', 'study'] as const;
    db.insert(meetings)
      .values(
        Array.from({ length: 50 }, (_, i) => ({
          branchId,
          kindId: kinds[codes[i % 3]],
          status: 'held' as const,
          date: `2023-${String((i % 12) + 1).padStart(2, '0')}-27`,
          topic: `追加的会议${i + 1}`,
          placeTags: i % 2 ? ['红色教育基地'] : [],
        })),
      )
      .run();
    const more = [
      ...codes.flatMap((kind) => ['Q1', 'Q2', 'Q3', 'Q4'].map((period) => `meetings:kind=${kind},period=${period}`)),
      ...['捐款', '横幅', '宣传手册', '受益群众'].map((name) => `outputs:period=H2,type=${typeId(name)}`),
      `work:category=${workCategoryId('统计信息')},period=H1`,
      `work:category=${workCategoryId('统计月报')},measure=entries`,
      'rectification:period=H1,what=found',
      'rectification:period=Q4,what=checked_off',
    ];
    expect(more).toHaveLength(20);
    expect(more.filter((k) => draftKeys.includes(k))).toEqual([]);

    const after = statementsDuring(() => computeFigures({ branchId }, 2023, [...draftKeys, ...more]));
    expect(after).toBe(before);
    expect(figure('meetings:kind=committee').value).toBe(12 + 17);
  });
});

/**
 * Records of every kind that a 2023 figure of the statistics branch must leave out: removed, planned or
 * cancelled, of the other branch, and of the days either side of the year.
 */
function insertRecordsThatMustNotCount() {
  const kindId = (branch: number, code: BuiltInMeetingKind) =>
    db
      .select({ id: meetingKinds.id })
      .from(meetingKinds)
      .where(and(eq(meetingKinds.branchId, branch), eq(meetingKinds.code, code)))
      .get()!.id;
  const removedAt = '2023-12-30T08:00:00.000Z';
  const secretary = f.personNamed('孟庆华').id;
  for (const code of ['committee', 'general', 'lecture', 'theme_day', 'study', 'seminar'] as const) {
    const values = {
      branchId,
      kindId: kindId(branchId, code),
      date: '2023-05-10',
      topic: '不应计入的会议',
      placeTags: ['党员活动室'],
      lecturerId: secretary,
      seminarMaterials: 3,
      exchangeArticles: 3,
    };
    db.insert(meetings)
      .values([
        { ...values, status: 'held', deletedAt: removedAt },
        { ...values, status: 'planned' },
        { ...values, status: 'cancelled' },
        { ...values, status: 'held', date: '2022-12-31' },
        { ...values, status: 'held', date: '2024-01-01' },
        { ...values, status: 'held', branchId: financeId, kindId: kindId(financeId, code), lecturerId: null },
      ])
      .run();
  }

  const project = db
    .insert(projects)
    .values({ branchId, kind: '结对共建', name: '不应计入的项目', startDate: '2023-01-01', status: 'active' })
    .returning()
    .get();
  const removedProject = db
    .insert(projects)
    .values({
      branchId,
      kind: '结对共建',
      name: '已删除的项目',
      startDate: '2023-01-01',
      status: 'active',
      deletedAt: removedAt,
    })
    .returning()
    .get();
  for (const [projectId, deletedAt] of [
    [project.id, removedAt],
    [removedProject.id, null],
  ] as const) {
    const activity = db
      .insert(projectActivities)
      .values({ projectId, branchId, date: '2023-06-06', title: '不应计入的活动', deletedAt })
      .returning()
      .get();
    db.insert(activityOutputs)
      .values({ activityId: activity.id, branchId, outputTypeId: typeId('捐款'), quantity: 1000 })
      .run();
  }

  const responsible = f.personNamed('李娜').id;
  db.insert(rectificationItems)
    .values({
      branchId,
      aspect: '不应计入的方面',
      problem: '已删除的问题',
      source: 'other',
      responsiblePersonId: responsible,
      foundDate: '2023-05-01',
      deadline: '2023-06-01',
      deletedAt: removedAt,
    })
    .run();
  db.insert(notices)
    .values([
      {
        branchId,
        title: '未公开的事项',
        category: '重要决策',
        content: '—',
        state: 'proposed',
        proposedBy: f.accountNamed('zuzhi').id,
        proposedAt: '2023-05-01',
      },
      {
        branchId,
        title: '已撤回的事项',
        category: '重要决策',
        content: '—',
        state: 'withdrawn',
        proposedBy: f.accountNamed('zuzhi').id,
        proposedAt: '2023-05-01',
      },
    ])
    .run();
  db.insert(workOutputs)
    .values({
      branchId,
      categoryId: workCategoryId('统计信息'),
      date: '2023-05-05',
      title: '已删除的信息',
      deletedAt: removedAt,
    })
    .run();
  db.insert(commitmentLetters)
    .values({
      branchId,
      date: '2023-03-07',
      title: '已删除的承诺书',
      signer: '书记',
      counterpartKind: '股室',
      counterpart: '测试股室',
      deletedAt: removedAt,
    })
    .run();
}

describe('figures over records that must not count', () => {
  it('leave out removed, planned and cancelled records, the other branch’s and those of the days either side of the year', () => {
    const keys = [...new Set([...draftKeys, ...seedReportNumbers().map(([key]) => key)])];
    const valuesOf = (figures: Map<string, unknown>) =>
      keys.map((key) => [key, (figures.get(key) as FigureValue).value]);
    const before = valuesOf(computeFigures({ branchId }, 2023, keys));

    insertRecordsThatMustNotCount();

    expect(valuesOf(computeFigures({ branchId }, 2023, keys))).toEqual(before);
    const figures = computeFigures({ branchId }, 2023, recordKeys);
    for (const key of recordKeys) {
      const result = figures.get(key) as FigureValue;
      expect({ key, value: result.value, ids: result.records.map((r) => r.id).sort((a, b) => a - b) }).toEqual({
        key,
        ...expectedFigure(branchId, 2023, parseFigureKey(key)!),
      });
    }
  });
});
