import { type OrganisationLevel, organisationLevelLabels } from '@/lib/organisations/model';
import { area, type Draft, type DraftSection } from '@/lib/report/draft-parts';
import { type FigureSpec, figureKey, figureToken } from '@/lib/report/figure-key';
import { writePrompt } from '@/lib/report/placeholders';

/**
 * The first draft of an organisation's own 述职 (党委 / 党工委 / 党总支书记抓基层党建工作述职): the same
 * kinds of figure tokens a branch's report holds, which the figure engine sums over every branch beneath
 * the organisation. A sentence only where the branches' records have something to count.
 */

/** What the draft knows about the organisation; the numbers themselves stay tokens. */
export type OrganisationDraftFacts = {
  year: number;
  name: string;
  level: OrganisationLevel;
  /** The organisation the report is delivered to; null at the top of the tree. */
  parentName: string | null;
  /** The value of each of `organisationDraftFigures` over the branches beneath, by figure key. */
  values: ReadonlyMap<string, number>;
};

const spec = (source: string, params: Record<string, string> = {}): FigureSpec => ({ source, params });
const meetings = (kind: string) => spec('meetings', { kind });

/** The figures whose values decide which sentences the draft writes. */
const figures = {
  branches: spec('branches'),
  members: spec('people', { status: 'member' }),
  full: spec('people', { status: 'full' }),
  probationary: spec('people', { status: 'probationary' }),
  candidates: spec('people', { status: 'candidate' }),
  activists: spec('people', { status: 'activist' }),
  committee: spec('committee'),
  general: meetings('general'),
  committeeMeetings: meetings('committee'),
  group: meetings('group'),
  lecture: meetings('lecture'),
  themeDay: meetings('theme_day'),
  lifeMeeting: meetings('life_meeting'),
  appraisal: meetings('appraisal'),
  study: meetings('study'),
  attendance: spec('attendance', { measure: 'rate' }),
  talks: spec('talks'),
  activistConfirmed: spec('development', { step: 'activist_confirmed' }),
  candidateConfirmed: spec('development', { step: 'candidate_confirmed' }),
  admitted: spec('development', { step: 'admission_approved' }),
  fullApproved: spec('development', { step: 'full_approved' }),
  aspects: spec('integrity', { what: 'aspects' }),
  items: spec('integrity', { what: 'items' }),
  letters: spec('integrity', { what: 'letters' }),
  integrityTalks: spec('integrity', { what: 'talks' }),
  duesCollected: spec('dues', { measure: 'collected' }),
  duesRate: spec('dues', { measure: 'rate' }),
  notices: spec('notices'),
  found: spec('rectification', { what: 'found' }),
  open: spec('rectification', { what: 'open' }),
} satisfies Record<string, FigureSpec>;
type Figure = keyof typeof figures;

/** The keys the facts must hold values for. */
export const organisationDraftFigures: string[] = Object.values(figures).map(figureKey);

const has = (f: OrganisationDraftFacts, name: Figure) => (f.values.get(figureKey(figures[name])) ?? 0) > 0;
const n = (name: Figure) => figureToken(figures[name]);

/** “名称N次” phrases for the figures that count something, joined with 、; empty when none does. */
function phrases(f: OrganisationDraftFacts, parts: [Figure, (token: string) => string][]): string {
  return parts
    .filter(([name]) => has(f, name))
    .map(([name, phrase]) => phrase(n(name)))
    .join('、');
}

function basics(f: OrganisationDraftFacts): DraftSection {
  const standing = phrases(f, [
    ['full', (x) => `正式党员${x}名`],
    ['probationary', (x) => `预备党员${x}名`],
  ]);
  const pipeline = phrases(f, [
    ['candidates', (x) => `发展对象${x}名`],
    ['activists', (x) => `入党积极分子${x}名`],
  ]);
  const sentences = [
    `${f.name}下设党支部${n('branches')}个`,
    has(f, 'members') ? `，共有党员${n('members')}名${standing ? `，其中${standing}` : ''}。` : '。',
    has(f, 'committee') ? `各支部共有支部委员会委员${n('committee')}名。` : '',
    pipeline ? `各支部现有${pipeline}。` : '',
  ];
  return { level: 1, heading: '基本情况', body: sentences.join('') };
}

function organisationLife(f: OrganisationDraftFacts): DraftSection {
  const held = phrases(f, [
    ['general', (x) => `支部党员大会${x}次`],
    ['committeeMeetings', (x) => `支委会${x}次`],
    ['group', (x) => `党小组会${x}次`],
    ['lecture', (x) => `党课${x}次`],
    ['themeDay', (x) => `主题党日${x}次`],
    ['lifeMeeting', (x) => `组织生活会${x}次`],
    ['appraisal', (x) => `民主评议党员${x}次`],
    ['study', (x) => `集体学习${x}次`],
  ]);
  return area(
    '督促落实组织生活制度，提升支部规范化水平',
    '坚持把“三会一课”等制度落实情况作为检查支部工作的重点，定期调度、逐支部督促。',
    [
      held && `所属党支部全年共召开${held}`,
      has(f, 'attendance') && `党员参加组织生活的出勤率为${n('attendance')}%`,
      has(f, 'talks') && `各支部开展谈心谈话${n('talks')}次，及时掌握党员思想动态`,
      has(f, 'notices') && `推动党务公开，各支部全年公开党务事项${n('notices')}项`,
    ],
    '督促所属支部落实组织生活制度的做法',
  );
}

function membership(f: OrganisationDraftFacts): DraftSection {
  const steps = phrases(f, [
    ['activistConfirmed', (x) => `确定入党积极分子${x}名`],
    ['candidateConfirmed', (x) => `确定发展对象${x}名`],
    ['admitted', (x) => `接收预备党员${x}名`],
    ['fullApproved', (x) => `预备党员按期转正${x}名`],
  ]);
  const dues = phrases(f, [
    ['duesCollected', (x) => `全年收缴党费${x}元`],
    ['duesRate', (x) => `党员按时足额交纳率${x}%`],
  ]);
  return area(
    '严把党员队伍入口，加强党员教育管理',
    '坚持发展党员工作总要求，指导各支部严格履行发展程序。',
    [steps && `所属支部全年${steps}`, dues && `督促各支部落实党费收缴制度，${dues}`],
    '指导所属支部发展党员、管理党员的做法',
  );
}

function integrity(f: OrganisationDraftFacts): DraftSection {
  const list = phrases(f, [
    ['aspects', (x) => `${x}个方面`],
    ['items', (x) => `${x}项具体内容`],
  ]);
  return area(
    '落实全面从严治党责任，推进党风廉政建设',
    '履行全面从严治党主体责任，把党风廉政建设与业务工作同部署、同检查。',
    [
      list && `指导各支部细化党风廉政建设责任清单，共明确${list}`,
      has(f, 'letters') && `各支部共签订廉政承诺书${n('letters')}份`,
      has(f, 'integrityTalks') && `开展廉政谈话${n('integrityTalks')}次`,
    ],
    '推进所属支部党风廉政建设的做法',
  );
}

function problems(f: OrganisationDraftFacts): DraftSection {
  // Open problems include those carried in from earlier years: said apart from the year's, not as a part of them.
  const found = has(f, 'found')
    ? `对照上级要求和检查反馈，所属支部全年查找问题${n('found')}个；${has(f, 'open') ? `截至年底尚有${n('open')}个问题未整改销号` : '截至年底问题均已整改销号'}。`
    : '';
  return {
    level: 1,
    heading: '存在的问题及原因',
    body: [found, writePrompt('本人履行抓基层党建工作责任方面存在的主要问题及其原因')].filter(Boolean).join('\n'),
  };
}

/** The draft in the organisation's words: its level names the secretary who reports. */
export function organisationDraft(f: OrganisationDraftFacts): Draft {
  const level = organisationLevelLabels[f.level];
  return {
    title: `${f.year}年度${level}书记抓基层党建工作述职报告`,
    preamble: `${f.year}年，本人认真履行${level}书记抓基层党建工作第一责任人职责，把所属党支部建设作为基础工程来抓。按照${f.parentName ?? '上级党组织'}述职评议工作安排，现将一年来的履职情况报告如下。`,
    sections: [
      basics(f),
      { level: 1, heading: '履行抓基层党建工作责任情况', body: '' },
      area(
        '压实党建工作责任，统筹谋划全年工作',
        '坚持把抓好党建作为第一责任，年初研究部署、年中调度推进、年底考核评议。',
        [],
        '研究部署党建工作、落实书记第一责任人职责的具体做法',
      ),
      organisationLife(f),
      membership(f),
      integrity(f),
      problems(f),
      {
        level: 1,
        heading: `${f.year + 1}年工作打算`,
        body: writePrompt('下一年度抓基层党建工作的思路和主要措施'),
        kind: 'plans',
      },
    ],
  };
}
