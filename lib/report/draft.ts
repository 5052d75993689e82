import { chineseNumber } from '@/lib/chinese-number';
import type { DevelopmentStepCode } from '@/lib/development/steps';
import { counterpartMeasureWords } from '@/lib/integrity/model';
import type { DraftFacts, DraftPlan } from '@/lib/report/draft-facts';
import { projectPoint, themeDayPoint } from '@/lib/report/draft-pairing-section';
import { figureToken } from '@/lib/report/figure-key';
import { figureNumberText } from '@/lib/report/figure-number';
import { type ReportSectionKind, reportTitle } from '@/lib/report/model';
import { writePrompt } from '@/lib/report/placeholders';

export type DraftSection = {
  level: 1 | 2;
  heading: string;
  body: string;
  /** What the section is, for the sections a continuation must find whatever their heading (see ReportSectionKind). */
  kind?: ReportSectionKind | null;
  /** Text taken over from last year's report, to be checked (set by the continuation). */
  carriedOver?: boolean;
};

export type Draft = { title: string; preamble: string; sections: DraftSection[] };

const t = (source: string, params: Record<string, string> = {}) => figureToken({ source, params });

/** “一是…。二是…。” as paragraphs, after an opening sentence; a prompt when there is nothing to say. */
function area(heading: string, opening: string, points: (string | null | undefined)[]): DraftSection {
  const said = points.filter((p): p is string => !!p);
  const body = said.length
    ? [opening, ...said.map((p, i) => `${chineseNumber(i + 1)}是${p}。`)]
    : [opening, writePrompt(`${heading}的具体做法和成效`)];
  return { level: 2, heading, body: body.join('\n') };
}

/** A built-in kind the branch held meetings of in the year. */
const heldKind = (f: DraftFacts, code: string) => f.meetingKinds.find((k) => k.code === code && k.held > 0);

function theory(f: DraftFacts): DraftSection {
  const study = heldKind(f, 'study');
  const seminar = heldKind(f, 'seminar');
  const lecture = heldKind(f, 'lecture');
  return area(
    '坚持理论武装，筑牢思想根基',
    '坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，以集体学习、专题研讨和党课为主要载体，推动理论学习常态化、制度化。',
    [
      study &&
        `坚持集体学习制度，围绕党的创新理论和上级部署安排学习内容，年内组织集体学习${t('meetings', { kind: study.param })}次`,
      seminar &&
        `围绕重点任务开展专题研讨${t('meetings', { kind: seminar.param })}次，党员撰写研讨材料${t('meetings', { kind: seminar.param, measure: 'materials' })}篇、交流体会${t('meetings', { kind: seminar.param, measure: 'articles' })}篇，在交流中深化认识`,
      lecture &&
        `落实书记讲党课要求，本人带头讲授党课${t('meetings', { kind: lecture.param, lecturer: 'secretary' })}次，把道理讲透、把要求讲实`,
    ],
  );
}

/** The steps a report mentions, from the latest in a person's way to the first. */
const developmentPhrases: [DevelopmentStepCode, (token: string) => string][] = [
  ['full_approved', (n) => `预备党员按期转正${n}名`],
  ['admission_approved', (n) => `接收预备党员${n}名`],
  ['candidate_confirmed', (n) => `确定发展对象${n}名`],
  ['activist_confirmed', (n) => `确定入党积极分子${n}名`],
  ['application', (n) => `受理入党申请${n}份`],
];

function organisation(f: DraftFacts): DraftSection {
  const held = f.meetingKinds.filter((k) => k.held > 0 && k.code !== 'study' && k.code !== 'seminar');
  const meetings = held.map((k) => `${k.name}${t('meetings', { kind: k.param })}次`).join('、');
  const talks = f.talks > 0 ? `；支委之间、支委与党员、党员之间开展谈心谈话${t('talks')}次` : '';
  const development = developmentPhrases
    .filter(([code]) => f.developmentSteps.includes(code))
    .map(([code, phrase]) => phrase(t('development', { step: code })));
  return area('规范组织生活，夯实支部建设', '坚持把组织建设作为支部工作的基础，严格执行组织生活各项制度。', [
    held.length ? `严格落实“三会一课”、组织生活会、民主评议党员等制度，全年开展${meetings}${talks}` : null,
    f.notices > 0
      ? `坚持党务公开，按照提出、审核、审批、公开的程序，年内公开党务事项${t('notices')}项，公开内容党员均可查阅`
      : null,
    development.length ? `坚持成熟一个发展一个，严格履行发展程序，年内${development.join('，')}` : null,
  ]);
}

function service(f: DraftFacts): DraftSection {
  return area('创新活动载体，服务群众办实事', '注重把党建活动与服务群众结合起来，让党员在实践中接受教育、发挥作用。', [
    themeDayPoint(f),
    ...f.projects.map(projectPoint),
  ]);
}

function integrity(f: DraftFacts): DraftSection {
  const integrityFigure = (params: Record<string, string>) => t('integrity', params);
  const counterparts = f.letterKinds.map(
    (kind) =>
      `${integrityFigure({ what: 'letters', counterpart: kind, measure: 'counterparts' })}${counterpartMeasureWords[kind as keyof typeof counterpartMeasureWords] ?? '个'}${kind}`,
  );
  const held = f.integrity;
  // A sentence only where the year has records to count: “细化为0个方面0项内容” says nothing.
  const list =
    held.aspects > 0 &&
    `制定党风廉政建设主体责任清单，细化为${integrityFigure({ what: 'aspects' })}个方面${held.items > 0 ? `${integrityFigure({ what: 'items' })}项内容，逐项明确责任人` : ''}`;
  const meetings = held.meetings > 0 && `年内召开党风廉政建设专题会议${integrityFigure({ what: 'meetings' })}次`;
  const responsibility = [list, meetings].filter(Boolean);
  return area('落实从严治党责任，推进党风廉政建设', '把党风廉政建设摆在突出位置，与业务工作一体谋划、一体推进。', [
    responsibility.length ? `压实管党治党主体责任，${responsibility.join('；')}` : null,
    held.letters > 0
      ? `推行廉政承诺制，${counterparts.length ? `与${counterparts.join('、')}` : ''}签订承诺书（责任书）${integrityFigure({ what: 'letters' })}份，形成一级抓一级的责任链条`
      : null,
    held.talks > 0
      ? `抓好经常性纪律教育，开展廉政谈话${integrityFigure({ what: 'talks' })}次，提醒党员干部守牢纪律底线`
      : null,
  ]);
}

/**
 * How many problems of a set are in each state now, every count from the same definition as the list
 * of those problems (which writes each problem's state beside it), so the sentence and the list agree.
 */
export function problemStatesText(params: Record<string, string>): string {
  const inState = (state: string) => t('rectification', { ...params, state });
  return `已对账销号${inState('checked_off')}个、已完成整改待销号${inState('completed')}个、正在整改${inState('in_progress')}个`;
}

function work(f: DraftFacts): DraftSection {
  const outputs = f.workCategories.map((c) => `${c.name}${t('work', { category: String(c.id) })}${c.unit}`);
  const fix = (what: string) => t('rectification', { what });
  const carried = f.carriedOver > 0 ? `；往年结转的${fix('carried_over')}个问题继续跟踪推进` : '';
  const found =
    f.foundProblems > 0
      ? `扎实开展问题检视整改，年内检视出${fix('aspects')}个方面${fix('found')}个问题：${t('list.rectification', { what: 'found' })}。对检视出的问题建立台账，逐项明确措施和时限，实行对账销号，目前${problemStatesText({ what: 'found' })}${carried}`
      : f.carriedOver > 0
        ? `扎实开展问题整改，对往年结转的${fix('carried_over')}个问题逐项明确措施和时限，继续跟踪推进、对账销号`
        : null;
  return area('推动党建与业务融合，以整改促提升', '围绕单位中心工作找准党建工作的切入点，推动党建与业务互促共进。', [
    outputs.length ? `以高质量党建促进业务提质增效，年内完成${outputs.join('、')}` : null,
    found,
  ]);
}

/** 存在的主要问题: the problems still open at the year's end by aspect, or a prompt when there are none. */
function problems(f: DraftFacts): DraftSection[] {
  const heading: DraftSection = { level: 1, heading: '存在的主要问题', body: '' };
  if (f.openProblems.length === 0)
    return [
      { ...heading, body: writePrompt('结合支部实际，从理论学习、组织建设、党建与业务融合等方面查找存在的主要问题') },
    ];
  const aspects = [...new Set(f.openProblems.map((p) => p.aspect))];
  return [
    { ...heading, body: '对照年度目标和检视出的问题，支部工作还存在以下不足。' },
    ...aspects.map((aspect) => ({
      level: 2 as const,
      heading: aspect,
      body: `${f.openProblems
        .filter((p) => p.aspect === aspect)
        .map((p) => p.problem)
        .join('；')}。`,
    })),
  ];
}

const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/**
 * 下一步打算's 书记项目: the year's plans as recorded (name, goal, targets), or a prompt for them when
 * none is recorded. The template and the continuation both write it, so the continuation never carries
 * last year's plans into the next year.
 */
export function secretaryProjectSection(planYear: number, planned: readonly DraftPlan[]): DraftSection {
  const written = planned.map((plan) => {
    const targets = plan.targets.map((target) => `${target.name}${figureNumberText(target.quantity)}${target.unit}`);
    return `拟实施${plan.name}。${plan.goal ? sentence(plan.goal) : ''}${targets.length ? `目标是完成${targets.join('、')}。` : ''}`;
  });
  return {
    level: 2,
    kind: 'secretary_project',
    heading: `${planYear}年书记项目`,
    body: written.length ? written.join('\n') : writePrompt(`${planYear}年书记项目的名称、内容和目标`),
  };
}

function plans(f: DraftFacts): DraftSection[] {
  const open = f.openProblems.length > 0;
  return [
    { level: 1, kind: 'plans', heading: '下一步打算', body: '' },
    {
      level: 2,
      heading: '深化理论学习，注重学用结合',
      body: '坚持集体学习和专题研讨制度，联系实际学、带着问题学，把学习成果转化为推动工作的思路和举措。',
    },
    {
      level: 2,
      heading: '提升组织生活质量，推进支部规范化建设',
      body: '严格落实“三会一课”、主题党日、谈心谈话等制度，推进支部标准化规范化建设，抓好党员教育管理和发展党员工作，发挥党员先锋模范作用。',
    },
    {
      level: 2,
      heading: '抓实问题整改，巩固整改成果',
      body: open
        ? `对尚未销号的${t('rectification', { what: 'open' })}个问题逐项跟踪，整改一个、销号一个，防止问题反弹。`
        : '对组织生活会、述职评议等查摆出的问题及时建立台账，整改一个、销号一个，防止问题反弹。',
    },
    secretaryProjectSection(f.year + 1, f.nextYearPlans),
  ];
}

/**
 * The standard first draft of a year's duty report: 一、本年度履职情况 in five areas, 二、存在的主要问题,
 * 三、下一步打算 with next year's 书记项目. Every number is a figure token; where only the secretary
 * can write the text, a prompt that findPlaceholders flags.
 */
export function buildDraftSections(f: DraftFacts): Draft {
  return {
    title: reportTitle(f.year),
    preamble: `${f.year}年，本人认真履行党支部书记抓基层党建第一责任人职责。按照${f.committeeName}述职评议工作安排，现将一年来的履职情况报告如下。`,
    sections: [
      { level: 1, heading: '本年度履职情况', body: '' },
      theory(f),
      organisation(f),
      service(f),
      integrity(f),
      work(f),
      ...problems(f),
      ...plans(f),
    ],
  };
}

/** What a new report starts from: a generated draft, or last year's text to continue. */
export type NewReport = Pick<Draft, 'preamble' | 'sections'> & { continuedFromId?: number | null };
