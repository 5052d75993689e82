import type { DevelopmentStepCode } from '@/lib/development/steps';
import { counterpartMeasureWords } from '@/lib/integrity/model';
import type { DraftFacts, DraftProject } from '@/lib/report/draft-facts';
import { projectPoint, themeDayPoint } from '@/lib/report/draft-pairing-section';
import {
  amountOf,
  area,
  type DraftSection,
  heldKind,
  kindsOf,
  ledgerFigure,
  ledgerList,
  ledgersOf,
  type Point,
  quantityOf,
  t,
} from '@/lib/report/draft-parts';

/**
 * The areas of 履职情况 every kind of branch reports on (theory, organisation, service, ideology,
 * clean government), and the points a kind's own areas are made of.
 */

export function theory(f: DraftFacts): DraftSection {
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
      ...ledgersOf(f, 'self_study').map(
        (l) => `督促党员坚持个人自学，年内登记自学${ledgerFigure(l, 'entries')}${l.unit}${quantityOf(l, '累计')}`,
      ),
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

/** 党费: what was collected and the on-time rate, each only when the ledger has something to count. */
function duesPoint(f: DraftFacts): Point {
  const said = [
    f.dues.collected > 0 && `全年收缴党费${t('dues', { measure: 'collected' })}元`,
    f.dues.onTime > 0 && `党员按时足额交纳率${t('dues', { measure: 'rate' })}%`,
  ].filter(Boolean);
  return said.length ? `严格落实党费收缴制度，${said.join('，')}` : null;
}

export function organisation(f: DraftFacts): DraftSection {
  const held = f.meetingKinds.filter((k) => k.held > 0 && k.code !== 'study' && k.code !== 'seminar');
  const meetings = held.map((k) => `${k.name}${t('meetings', { kind: k.param })}次`).join('、');
  const talks = f.talks > 0 ? `；支委之间、支委与党员、党员之间开展谈心谈话${t('talks')}次` : '';
  const development = developmentPhrases
    .filter(([code]) => f.developmentSteps.includes(code))
    .map(([code, phrase]) => phrase(t('development', { step: code })));
  const funds = ledgersOf(f, 'funds').filter((l) => l.amount && l.tags.includes('支出'));
  return area('规范组织生活，夯实支部建设', '坚持把组织建设作为支部工作的基础，严格执行组织生活各项制度。', [
    held.length ? `严格落实“三会一课”、组织生活会、民主评议党员等制度，全年开展${meetings}${talks}` : null,
    f.notices > 0
      ? `坚持党务公开，按照提出、审核、审批、公开的程序，年内公开党务事项${t('notices')}项，公开内容党员均可查阅`
      : null,
    duesPoint(f),
    development.length ? `坚持成熟一个发展一个，严格履行发展程序，年内${development.join('，')}` : null,
    ...funds.map(
      (l) => `管好用好党建工作经费，年内支出${ledgerFigure(l, 'amount', '支出')}元，笔笔有据可查，保障组织活动正常开展`,
    ),
  ]);
}

/** 党员设岗定责: the posts set up in the year and the members on them. */
export function postsPoints(f: DraftFacts): Point[] {
  return ledgersOf(f, 'posts').map(
    (l) =>
      `推行党员设岗定责，设立${kindsOf(l)}${ledgerFigure(l, 'entries')}${l.unit}${l.people ? `，${ledgerFigure(l, 'people')}名党员亮身份、担责任` : ''}`,
  );
}

/** 调研走访: the secretary's and the committee's visits. */
function visitsPoints(f: DraftFacts): Point[] {
  return ledgersOf(f, 'visits').map(
    (l) =>
      `书记和支委带头调研走访${ledgerFigure(l, 'entries')}${l.unit}${quantityOf(l, '走访')}，面对面听取意见、帮助解决实际困难`,
  );
}

/** 创新活动载体，服务群众办实事: theme days, the projects given, visits. */
export function service(f: DraftFacts, projects: readonly DraftProject[] = f.projects): DraftSection {
  return area('创新活动载体，服务群众办实事', '注重把党建活动与服务群众结合起来，让党员在实践中接受教育、发挥作用。', [
    themeDayPoint(f),
    ...projects.map(projectPoint),
    ...visitsPoints(f),
  ]);
}

/** The work the branch's own 工作成果 categories and its own ledgers (defined from scratch) record. */
export function ownWorkPoints(f: DraftFacts): Point[] {
  const outputs = f.workCategories.map((c) => `${c.name}${t('work', { category: String(c.id) })}${c.unit}`);
  const own = f.ledgers.filter((l) => l.template === null && l.entries > 0);
  return [
    outputs.length ? `以高质量党建促进业务提质增效，年内完成${outputs.join('、')}` : null,
    ...own.map((l) => `围绕中心工作做好${l.name}，年内记录${ledgerFigure(l, 'entries')}${l.unit}：${ledgerList(l)}`),
  ];
}

/** 意识形态工作: the positions built for it; the secretary writes how responsibility was carried out. */
export function ideology(f: DraftFacts): DraftSection {
  return area(
    '落实意识形态工作责任制，守好宣传思想阵地',
    '严格落实意识形态工作责任制，把意识形态工作纳入支部重要议事日程，与党建工作同部署、同检查。',
    ledgersOf(f, 'venues').map(
      (l) =>
        `加强宣传思想阵地建设，新建改造${kindsOf(l)}${ledgerFigure(l, 'entries')}${l.unit}${quantityOf(l, '面积')}${amountOf(l, '投入')}`,
    ),
    '落实意识形态工作责任制、研判和引导思想动态的具体做法',
  );
}

/**
 * How many problems of a set are in each state now, every count from the same definition as the list
 * of those problems (which writes each problem's state beside it), so the sentence and the list agree.
 */
export function problemStatesText(params: Record<string, string>): string {
  const inState = (state: string) => t('rectification', { ...params, state });
  return `已对账销号${inState('checked_off')}个、已完成整改待销号${inState('completed')}个、正在整改${inState('in_progress')}个`;
}

function rectificationPoint(f: DraftFacts): Point {
  const fix = (what: string) => t('rectification', { what });
  const carried = f.carriedOver > 0 ? `；往年结转的${fix('carried_over')}个问题继续跟踪推进` : '';
  if (f.foundProblems > 0)
    return `扎实开展问题检视整改，年内检视出${fix('aspects')}个方面${fix('found')}个问题：${t('list.rectification', { what: 'found' })}。对检视出的问题建立台账，逐项明确措施和时限，实行对账销号，目前${problemStatesText({ what: 'found' })}${carried}`;
  if (f.carriedOver > 0)
    return `扎实开展问题整改，对往年结转的${fix('carried_over')}个问题逐项明确措施和时限，继续跟踪推进、对账销号`;
  return null;
}

export function integrity(f: DraftFacts): DraftSection {
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
    rectificationPoint(f),
  ]);
}
