/**
 * The benchmark dataset: `branches` branches over ten years of organisational life, written through
 * the app's schema. Every branch draws from its own seeded random stream, so branch 1 (the branch
 * the benchmark signs in to) is the same at every scale: only the number of other branches grows.
 * Rows are written year by year across all branches, as they would accumulate, so a branch's rows
 * are spread through each table rather than stored together.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { branchDefaultRows } from '@/db/defaults';
import * as t from '@/db/schema';
import { seededRandom } from '@/db/seed/random';
import { addDays, daysBetween } from '@/lib/dates';
import type { DevelopmentHistory, StepRecord } from '@/lib/development/rules';
import { membershipFromSteps } from '@/lib/development/status';
import { type DevelopmentStepCode, developmentSteps } from '@/lib/development/steps';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import { idNumberCheckChar } from '@/lib/people/id-number';
import type { Gender, PoliticalStatus } from '@/lib/people/model';
import { noticeCategories, type RectificationState } from '@/lib/rectification/model';
import { reportGrades } from '@/lib/report/model';
import {
  builtInProjectKinds,
  letterCounterpartKinds,
  type OutputCategory,
  type ProjectStatus,
  secretaryProjectKind,
} from '@/lib/service/model';
import { BulkWriter } from '@/scripts/bench/bulk-insert';

export type DatasetOptions = {
  scale: number;
  seed: number;
  /** The dataset's "today": records run up to it, planned meetings follow it. */
  until: string;
  /** The password of every benchmark account. */
  passwordHash: string;
};

export const benchPassword = 'bench1234';
export const branchesPerScale = 60;
/** Branches per 党工委: the first half of them under the 党工委's one 党总支, the rest directly under the 党工委. */
export const branchesPerCommittee = 20;
export const yearsOfHistory = 10;

/** Branches that get sign-ins (by 0-based index): the benchmark's branch first. */
export function accountBranches(branchCount: number): number[] {
  return [...new Set([0, 1, Math.floor(branchCount / 2), branchCount - 1])].filter((i) => i < branchCount);
}

export const accountNames = (branchIndex: number) => ({
  secretary: `b${branchIndex + 1}-shuji`,
  committee: `b${branchIndex + 1}-zuzhi`,
  member: `b${branchIndex + 1}-dangyuan`,
});
/** The reviewer of the first 党工委 (its 20 branches). */
export const reviewerName = 'dangwei-1';
/** The reviewer of the 党委 at the top of the tree: every branch of the dataset. */
export const topReviewerName = 'dangwei-top';
/** The 党委 above every 党工委 of the dataset. */
export const topOrganisationName = '中共阿拉善盟直属机关委员会';

// ---------------------------------------------------------------------------------------------------
// Random helpers over the app's seeded PRNG (db/seed/random.ts).

type Random = ReturnType<typeof rng>;
function rng(seed: number) {
  const r = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(r.next() * (max - min + 1));
  return {
    next: r.next,
    pick: r.pick,
    int,
    chance: (p: number) => r.next() < p,
    sample<T>(items: readonly T[], n: number): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(r.next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.max(0, Math.min(n, copy.length)));
    },
    dateIn(year: number, fromMonth = 1, toMonth = 12) {
      return iso(year, int(fromMonth, toMonth), int(1, 28));
    },
  };
}

/** A stable 32-bit mix of the dataset seed and a branch index. */
function branchSeed(seed: number, index: number) {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
const at = (date: string, hour = 2) => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`;
const stamps = (date: string) => ({ createdAt: at(date), updatedAt: at(date) });

// ---------------------------------------------------------------------------------------------------
// Words.

const districts = [
  '额济纳旗',
  '阿拉善左旗',
  '阿拉善右旗',
  '巴彦浩特镇',
  '乌力吉苏木',
  '达来呼布镇',
  '吉兰泰镇',
  '温图高勒苏木',
  '孪井滩',
  '腾格里',
];
const units = [
  '统计局',
  '财政局',
  '教育局',
  '卫生健康委',
  '自然资源局',
  '住建局',
  '交通运输局',
  '农牧局',
  '水利局',
  '林草局',
  '市场监管局',
  '税务局',
  '审计局',
  '人社局',
  '民政局',
  '司法局',
  '文旅局',
  '应急管理局',
  '生态环境局',
  '医保局',
  '退役军人事务局',
  '发改委',
  '工信局',
  '商务局',
  '信访局',
  '档案馆',
  '融媒体中心',
  '图书馆',
  '疾控中心',
  '人民医院',
  '第一中学',
  '实验小学',
  '供电公司',
  '邮政公司',
  '气象局',
  '消防救援大队',
  '公路养护中心',
  '公积金中心',
  '政务服务局',
  '机关事务服务中心',
];
const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '韩',
  '冯',
  '于',
  '董',
  '萧',
  '巴',
  '乌',
  '敖',
  '苏',
];
const givenChars =
  '海燕娜伟芳敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志文晓梅红玉兰宁波斌宇浩凯雨帆桐思远日汗图孟和其木格乐登';
const educations = ['研究生', '大学本科', '大学本科', '大学本科', '大学专科', '大学专科', '中专', '高中'];
const posts = [
  '科员',
  '副主任科员',
  '主任科员',
  '股长',
  '副股长',
  '专技人员',
  '办事员',
  '四级主任科员',
  '三级主任科员',
  '一级科员',
];
const leaveReasons = ['出差', '病假', '外出开展调查', '参加上级业务培训', '事假', '值班', '下乡'];

const committeeTopics = [
  '研究年度党建工作要点和学习计划',
  '研究入党积极分子培养考察情况',
  '部署主题党日活动和结对共建工作',
  '研究季度党员大会议题',
  '研究党风廉政建设责任清单落实',
  '听取党小组工作汇报',
  '研究“七一”表彰推荐人选',
  '研究预备党员转正相关事项',
  '部署业务工作与党建融合工作',
  '研究国庆期间值班和志愿服务安排',
  '研究组织生活会筹备和谈心谈话安排',
  '总结全年工作，研究书记述职报告初稿',
];
const themeDays: { topic: string; place: string; tags: string[] }[] = [
  { topic: '重温入党誓词，学习党章', place: '党员活动室', tags: ['党员活动室'] },
  { topic: '走进革命历史展馆，追寻红色足迹', place: '革命历史纪念馆', tags: ['红色教育基地'] },
  { topic: '学雷锋志愿服务：清扫社区公共空间', place: '结对社区', tags: ['结对共建单位'] },
  { topic: '观看廉洁警示教育片，筑牢拒腐防线', place: '廉政教育基地', tags: ['廉政教育基地'] },
  { topic: '法治宣传进社区', place: '法治教育展厅', tags: ['法治教育展厅'] },
  { topic: '与结对社区开展环境整治', place: '结对社区', tags: ['结对共建单位'] },
  { topic: '庆祝建党节，表彰优秀党员', place: '党员活动室', tags: ['党员活动室'] },
  { topic: '民族团结进步主题参观', place: '民族团结教育展厅', tags: ['红色教育基地'] },
  { topic: '业务质量与诚信专题党日', place: '党员活动室', tags: ['党员活动室'] },
  { topic: '国庆主题党日：我和祖国共成长', place: '革命历史纪念馆', tags: ['红色教育基地'] },
  { topic: '入户宣传志愿服务', place: '结对社区', tags: ['结对共建单位'] },
  { topic: '年终学习总结与党费收缴公示', place: '党员活动室', tags: ['党员活动室'] },
];
const studyTopics = [
  '学习党的二十大报告原文',
  '学习《中国共产党章程》',
  '学习本行业法律法规',
  '学习主题教育读本选篇',
  '学习上级党委会议精神',
  '学习《中国共产党纪律处分条例》',
];
const generalTopics = [
  '通报一季度党建工作，讨论学习计划',
  '讨论接收预备党员事项',
  '讨论预备党员转正事项',
  '年度党员大会：总结全年工作',
];
const lectureTopics = [
  '用实干讲好新时代发展故事',
  '以担当作为护航高质量发展',
  '铸牢中华民族共同体意识',
  '全面从严治党与干部作风建设',
];
const seminarTopics = [
  '学思想、强党性专题研讨',
  '重实践、建新功专题研讨',
  '以学促干：提升工作质量研讨',
  '检视问题、推动整改专题研讨',
];
const integrityAspectTitles = [
  '落实管党治党政治责任',
  '履行分管领域“一岗双责”',
  '带头廉洁从政',
  '防范业务领域廉政风险',
  '加强干部日常教育管理',
  '规范权力运行',
  '纠治“四风”',
];
const integrityItemPool: [string, string][] = [
  ['年初制定全年党风廉政建设工作方案，每季度至少专题研究一次', '党组书记'],
  ['党风廉政建设与业务工作一同部署、一同检查、一同考核', '领导班子成员'],
  ['年底向上级党组织书面报告履行主体责任情况', '党组书记'],
  ['协助书记抓好日常监督，督促问题整改', '纪检委员'],
  ['排查分管股室廉政风险点，逐项制定防控措施', '分管副职'],
  ['每半年听取一次分管股室党风廉政工作情况汇报', '分管副职'],
  ['发现苗头性、倾向性问题及时提醒谈话', '分管领导'],
  ['专项经费使用全程留痕、按规定公示', '财务负责人'],
  ['严格执行中央八项规定及其实施细则精神', '领导班子成员'],
  ['如实报告个人有关事项，接受组织监督', '领导班子成员'],
  ['业务数据逐级审核签字，落实质量责任制', '各股室负责人'],
  ['每年组织不少于两次警示教育学习', '组织委员'],
  ['节假日前发送廉洁提醒，重要节点开展廉政谈话', '纪检委员'],
  ['新入职干部上好廉政第一课', '办公室主任'],
  ['组织参观廉政教育基地，每年至少一次', '宣传委员'],
];
const rectificationAspects = ['理论学习方面', '组织生活方面', '作风建设方面', '联系服务群众方面', '党风廉政建设方面'];
const rectificationProblems = [
  '理论学习的深度还不够，联系工作实际研究问题不够',
  '支委会研究党建工作的次数和深度不够',
  '党员的专业优势发挥不够，志愿服务特色不明显',
  '谈心谈话的覆盖面不够，与青年党员交流较少',
  '主题党日形式较为单一，吸引力不强',
  '党务公开的及时性有待提高',
  '对苗头性问题提醒不够及时',
  '结对共建活动开展不够经常',
];
const noticeTitles = [
  '党费收缴情况公示',
  '年度评先评优结果公示',
  '发展党员工作情况公示',
  '支部委员会重要决策公开',
  '党员组织关系转接情况',
  '主题党日活动安排',
  '年度党建工作要点',
];
const workTopics = ['月度运行情况', '专项调查情况', '重点工作进展', '政策落实情况', '年度工作总结', '调研报告'];
const partners = ['居延社区联合党支部', '胡杨社区党支部', '巴彦嘎查党支部', '东风镇综合党支部', '额很社区党支部'];
const activityTitles = [
  '社区环境美化志愿服务',
  '走访慰问困难户',
  '政策宣传进社区',
  '义务植树',
  '关爱空巢老人',
  '助学帮扶',
  '清洁家园行动',
  '送医送药下乡',
];

// ---------------------------------------------------------------------------------------------------
// A branch's people and development histories, planned before anything is written.

type PlannedPerson = {
  id: number;
  index: number;
  name: string;
  gender: Gender;
  birthDate: string;
  groupIndex: number;
  committeeTitle: string | null;
  status: PoliticalStatus;
  probationaryDate: string | null;
  fullMemberDate: string | null;
  createdOn: string;
  leftOn: string | null;
  development?: { applied: string; steps: StepRecord[]; stoppedOn: string | null };
};

type Branch = {
  index: number;
  id: number;
  committeeIndex: number;
  name: string;
  unit: string;
  random: Random;
  groupIds: number[];
  people: PlannedPerson[];
  kindIds: Record<BuiltInMeetingKind, number>;
  outputTypeIds: { id: number; category: OutputCategory; name: string }[];
  categoryIds: { id: number; name: string }[];
  accounts: { secretary: number; committee: number; member: number } | null;
  recordIds: Map<PlannedPerson, number>;
  /** Held meetings of the current year, for linking integrity meetings and rectification sources. */
  held: Map<string, { id: number; date: string }[]>;
  /** The long-running partnership project and next year's 书记项目, carried from year to year. */
  partnership?: { id: number; members: PlannedPerson[] };
  plannedProject?: { id: number; year: number; members: PlannedPerson[]; status: ProjectStatus };
};

/** The demo's complete development path (db/seed/demo-development.ts, 杨帆): one date per step, in order. */
const pathDates = [
  '2020-03-02',
  '2020-03-20',
  '2020-09-06',
  '2020-09-15',
  '2020-09-20',
  '2021-03-01',
  '2021-09-01',
  '2021-10-06',
  '2021-10-15',
  '2021-10-20',
  '2021-11-10',
  '2021-12-10',
  '2022-05-06',
  '2022-06-01',
  '2022-06-10',
  '2022-06-26',
  '2022-07-05',
  '2022-07-20',
  '2022-08-01',
  '2022-08-05',
  '2022-09-15',
  '2023-03-10',
  '2023-05-20',
  '2023-06-26',
  '2023-07-18',
  '2023-08-01',
];
const pathSteps: DevelopmentStepCode[] = developmentSteps.flatMap((s) =>
  s.code === 'activist_assessment' ? [s.code, s.code] : [s.code],
);
const pathOffsets = pathDates.map((d) => daysBetween(pathDates[0], d));

function personName(random: Random) {
  const given = random.int(1, 2);
  let name = random.pick(surnames);
  for (let i = 0; i < given; i++) name += givenChars[random.int(0, givenChars.length - 1)];
  return name;
}

function idNumber(birthDate: string, serial: number, gender: Gender) {
  const first17 =
    '152923' +
    birthDate.replaceAll('-', '') +
    String((serial * 2 + (gender === 'male' ? 1 : 0)) % 1000).padStart(3, '0');
  return first17 + idNumberCheckChar(first17);
}

function planPeople(branch: Branch, firstYear: number, until: string) {
  const { random } = branch;
  const untilYear = Number(until.slice(0, 4));
  // Branch 1 has a fixed, typical size; the others vary (about 25 people on average).
  const initialMembers = branch.index === 0 ? 24 : random.int(8, 29);
  const groups = initialMembers < 14 ? 1 : initialMembers < 24 ? 2 : 3;
  const titles =
    initialMembers < 15
      ? ['书记', '组织委员', '宣传委员兼纪检委员']
      : ['书记', '副书记', '组织委员', '宣传委员', '纪检委员'];
  const people: PlannedPerson[] = [];
  const add = (
    p: Omit<PlannedPerson, 'id' | 'index' | 'name' | 'gender' | 'birthDate'> & { birthYear: [number, number] },
  ) => {
    const { birthYear, ...rest } = p;
    people.push({
      id: 0,
      index: people.length,
      name: personName(random),
      gender: random.chance(0.5) ? 'male' : 'female',
      birthDate: iso(random.int(birthYear[0], birthYear[1]), random.int(1, 12), random.int(1, 28)),
      ...rest,
    });
  };
  const start = iso(firstYear, 1, 1);
  for (let i = 0; i < initialMembers; i++) {
    const probationaryDate = iso(random.int(1988, firstYear - 2), random.int(1, 12), random.int(1, 28));
    add({
      birthYear: [1962, 1992],
      groupIndex: i % groups,
      committeeTitle: titles[i] ?? null,
      status: 'full',
      probationaryDate,
      fullMemberDate: addDays(probationaryDate, 365),
      createdOn: start,
      leftOn: null,
    });
  }
  for (let i = 0, n = random.int(1, 3); i < n; i++) {
    add({
      birthYear: [1975, 2000],
      groupIndex: i % groups,
      committeeTitle: null,
      status: 'masses',
      probationaryDate: null,
      fullMemberDate: null,
      createdOn: start,
      leftOn: null,
    });
  }
  // Members leave now and then (never the committee, never the member with a sign-in: index titles.length).
  const mayLeave = people.filter((p) => p.status === 'full' && !p.committeeTitle && p.index !== titles.length);
  for (let year = firstYear; year <= untilYear; year++) {
    if (!random.chance(0.3) || mayLeave.length === 0) continue;
    const leaver = mayLeave.splice(random.int(0, mayLeave.length - 1), 1)[0];
    const on = random.dateIn(year);
    if (on <= until) leaver.leftOn = on;
  }
  // About one application a year, each following the demo's complete path from its own date.
  const committee = people.filter((p) => p.committeeTitle);
  for (let year = firstYear; year <= untilYear; year++) {
    if (!random.chance(0.65)) continue;
    const applied = random.dateIn(year);
    if (applied > until) continue;
    let steps: StepRecord[] = pathSteps.map((code, i) => ({ code, date: addDays(applied, pathOffsets[i]), data: {} }));
    steps = steps.filter((s) => s.date <= until);
    let stoppedOn: string | null = null;
    if (steps.length > 4 && random.chance(0.08)) {
      steps = steps.slice(0, random.int(3, steps.length - 1));
      stoppedOn = addDays(steps.at(-1)!.date, 30);
      if (stoppedOn > until) stoppedOn = null;
    }
    const introducers = random.sample(
      people.filter((p) => p.status === 'full' && p.createdOn === start),
      2,
    );
    for (const step of steps) {
      if (step.code === 'contacts_assigned') step.data = { contactIds: random.sample(committee, 2) };
      if (step.code === 'introducers') step.data = { introducerIds: introducers };
      if (step.code === 'short_training') step.data = { days: 3, hours: 24 };
      if (step.code === 'admission_vote' || step.code === 'full_vote') {
        const expected = initialMembers - 2;
        step.data = { expectedVoting: expected, present: expected - 1, yes: expected - 1, no: 0, abstain: 0 };
      }
    }
    const history: DevelopmentHistory = { birthDate: null, idNumber: null, steps, stoppedAt: stoppedOn };
    const membership = membershipFromSteps(history, 'masses');
    add({
      birthYear: [1990, 2003],
      groupIndex: random.int(0, groups - 1),
      committeeTitle: null,
      status: membership.politicalStatus,
      probationaryDate: membership.probationaryDate,
      fullMemberDate: membership.fullMemberDate,
      createdOn: applied,
      leftOn: null,
      development: { applied, steps, stoppedOn },
    });
  }
  branch.people = people;
  return groups;
}

const isMemberOn = (p: PlannedPerson, date: string) =>
  !!p.probationaryDate && p.probationaryDate <= date && (!p.leftOn || p.leftOn > date);

// ---------------------------------------------------------------------------------------------------

export type DatasetSummary = {
  branches: number;
  organisations: number;
  people: number;
  rows: Record<string, number>;
  accounts: string[];
};

/**
 * Writes the dataset. The organisations are a tree: one 党委 at the top, a 党工委 under it for every
 * `branchesPerCommittee` branches, and under each 党工委 one 党总支 holding the first half of that 党工委's
 * branches; the other half sit directly under the 党工委.
 */
export function generateDataset(
  sqlite: BetterSqlite3.Database,
  options: DatasetOptions,
  log: (message: string) => void,
): DatasetSummary {
  const w = new BulkWriter(sqlite);
  const untilYear = Number(options.until.slice(0, 4));
  const firstYear = untilYear - yearsOfHistory + 1;
  const branchCount = branchesPerScale * options.scale;
  const committeeCount = Math.ceil(branchCount / branchesPerCommittee);
  /** The branches of a 党工委 (the last may hold fewer) that go under its 党总支: the first half. */
  const underGeneralBranch = (committeeIndex: number) =>
    Math.ceil(Math.min(branchesPerCommittee, branchCount - committeeIndex * branchesPerCommittee) / 2);
  const withAccounts = new Set(accountBranches(branchCount));
  const accountList: string[] = [];

  const branches: Branch[] = [];
  let topOrganisationId = 0;
  let committeeIds: { committeeId: number; generalBranchId: number }[] = [];
  sqlite.transaction(() => {
    const topId = w.insert(t.organisations, {
      name: topOrganisationName,
      level: 'party_committee',
      parentId: null,
      sortOrder: 0,
      ...stamps(iso(firstYear, 1, 1)),
    });
    committeeIds = Array.from({ length: committeeCount }, (_, i) => {
      const stem = `${districts[i % districts.length]}${i >= districts.length ? `第${Math.floor(i / districts.length) + 1}` : ''}直属机关`;
      const committeeId = w.insert(t.organisations, {
        name: `${stem}党工委`,
        level: 'working_committee',
        parentId: topId,
        sortOrder: i,
        ...stamps(iso(firstYear, 1, 1)),
      });
      const generalBranchId = w.insert(t.organisations, {
        name: `${stem}综合党总支`,
        level: 'general_branch',
        parentId: committeeId,
        sortOrder: 0,
        ...stamps(iso(firstYear, 1, 1)),
      });
      return { committeeId, generalBranchId };
    });
    topOrganisationId = topId;
    for (let index = 0; index < branchCount; index++) {
      const random = rng(branchSeed(options.seed, index));
      const unit = `${districts[Math.floor(index / units.length) % districts.length]}${units[index % units.length]}`;
      const suffix =
        index >= units.length * districts.length
          ? `（${Math.floor(index / (units.length * districts.length)) + 1}）`
          : '';
      const committeeIndex = Math.floor(index / branchesPerCommittee);
      const name = `${unit}党支部${suffix}`;
      const id = w.insert(t.branches, {
        organisationId:
          index % branchesPerCommittee < underGeneralBranch(committeeIndex)
            ? committeeIds[committeeIndex].generalBranchId
            : committeeIds[committeeIndex].committeeId,
        name,
        ...stamps(iso(firstYear, 1, 1)),
      });
      const branch: Branch = {
        index,
        id,
        committeeIndex,
        name,
        unit,
        random,
        groupIds: [],
        people: [],
        kindIds: {} as Branch['kindIds'],
        outputTypeIds: [],
        categoryIds: [],
        accounts: null,
        recordIds: new Map(),
        held: new Map(),
      };
      const groups = planPeople(branch, firstYear, options.until);
      const created = stamps(iso(firstYear, 1, 1));
      for (let g = 0; g < groups; g++)
        branch.groupIds.push(
          w.insert(t.partyGroups, { branchId: id, name: `第${'一二三四'[g]}党小组`, sortOrder: g, ...created }),
        );
      // The dataset's branches are all 机关 units (branches.kind's default).
      const defaults = branchDefaultRows(id, 'agency');
      defaults.meetingKinds.forEach(
        (row) => (branch.kindIds[row.code] = w.insert(t.meetingKinds, { ...row, ...created })),
      );
      defaults.outputTypes.forEach((row) =>
        branch.outputTypeIds.push({
          id: w.insert(t.outputTypes, { ...row, ...created }),
          category: row.category,
          name: row.name,
        }),
      );
      defaults.workOutputCategories.forEach((row) =>
        branch.categoryIds.push({ id: w.insert(t.workOutputCategories, { ...row, ...created }), name: row.name }),
      );
      defaults.ledgers.forEach((row) => w.insert(t.ledgers, { ...row, ...created }));
      branches.push(branch);
    }
  })();
  log(`${branchCount} 个支部，1 个党委、${committeeCount} 个党工委、${committeeCount} 个党总支`);

  for (let year = firstYear; year <= untilYear; year++) {
    const started = Date.now();
    sqlite.transaction(() => {
      for (const branch of branches)
        emitYear(w, branch, year, options, withAccounts.has(branch.index) ? accountList : null);
      if (year === firstYear) {
        const reviewers = [
          { username: reviewerName, displayName: '党工委审阅', organisationId: committeeIds[0].committeeId },
          { username: topReviewerName, displayName: '党委审阅', organisationId: topOrganisationId },
        ];
        for (const reviewer of reviewers) {
          accountList.push(reviewer.username);
          w.insert(t.accounts, {
            ...reviewer,
            passwordHash: options.passwordHash,
            role: 'reviewer',
            mustChangePassword: false,
            ...stamps(iso(firstYear, 1, 1)),
          });
        }
      }
    })();
    log(`${year} 年：${Date.now() - started} ms`);
  }

  const people = branches.reduce((n, b) => n + b.people.length, 0);
  return {
    branches: branchCount,
    organisations: 1 + 2 * committeeCount,
    people,
    rows: Object.fromEntries(w.counts),
    accounts: accountList,
  };
}

/** One branch's year: new people and their development, meetings, talks, clean government, outputs, projects, problems, notices. */
function emitYear(w: BulkWriter, b: Branch, year: number, o: DatasetOptions, accountList: string[] | null) {
  const { random } = b;
  const until = o.until;
  const untilYear = Number(until.slice(0, 4));
  const secretary = b.people.find((p) => p.committeeTitle === '书记')!;
  const organiser = b.people.find((p) => p.committeeTitle === '组织委员') ?? secretary;
  const committee = b.people.filter((p) => p.committeeTitle);
  const membersOn = (date: string) => b.people.filter((p) => isMemberOn(p, date));
  const acct = (k: 'secretary' | 'committee') => b.accounts?.[k] ?? null;

  // People who join the branch's records this year (everyone at the start in the first year).
  for (const p of b.people) {
    if (p.createdOn.slice(0, 4) !== String(year)) continue;
    p.id = w.insert(t.people, {
      branchId: b.id,
      groupId: p.status === 'masses' && !p.development ? null : b.groupIds[p.groupIndex],
      name: p.name,
      gender: p.gender,
      ethnicity: random.chance(0.8) ? '汉族' : random.pick(['蒙古族', '回族', '满族']),
      birthDate: p.birthDate,
      education: random.pick(educations),
      unit: b.unit,
      post: p.committeeTitle ? '负责人' : random.pick(posts),
      phone: `13${random.int(100000000, 999999999)}`,
      idNumber: idNumber(p.birthDate, b.index * 50 + p.index, p.gender),
      address: `${b.unit.slice(0, 4)}${random.pick(['居延', '额很', '胡杨', '怪树林', '团结'])}小区${random.int(1, 12)}号楼`,
      politicalStatus: p.status,
      probationaryDate: p.probationaryDate,
      fullMemberDate: p.fullMemberDate,
      committeeTitle: p.committeeTitle,
      archivedAt: p.leftOn ? at(p.leftOn) : null,
      ...stamps(p.createdOn),
    });
    if (p.development) {
      b.recordIds.set(
        p,
        w.insert(t.developmentRecords, {
          branchId: b.id,
          personId: p.id,
          stoppedAt: p.development.stoppedOn,
          stopReason: p.development.stoppedOn ? '本人申请终止' : null,
          ...stamps(p.createdOn),
        }),
      );
    }
  }
  if (accountList && !b.accounts) {
    const names = accountNames(b.index);
    const member = b.people.find((p) => p.status === 'full' && !p.committeeTitle && !p.leftOn)!;
    const account = (username: string, role: 'secretary' | 'committee' | 'member', person: PlannedPerson) => {
      accountList.push(username);
      return w.insert(t.accounts, {
        username,
        passwordHash: o.passwordHash,
        role,
        personId: person.id,
        branchId: b.id,
        mustChangePassword: false,
        ...stamps(iso(year, 1, 1)),
      });
    };
    b.accounts = {
      secretary: account(names.secretary, 'secretary', secretary),
      committee: account(names.committee, 'committee', organiser),
      member: account(names.member, 'member', member),
    };
  }

  // Development steps recorded this year.
  for (const p of b.people) {
    for (const step of p.development?.steps ?? []) {
      if (step.date.slice(0, 4) !== String(year)) continue;
      const data = Object.fromEntries(
        Object.entries(step.data ?? {}).map(([key, value]) => [
          key,
          Array.isArray(value) ? (value as PlannedPerson[]).map((x) => x.id) : value,
        ]),
      );
      w.insert(t.developmentStepRecords, {
        recordId: b.recordIds.get(p)!,
        branchId: b.id,
        code: step.code,
        date: step.date,
        data,
        warnings: [],
        recordedBy: acct('secretary'),
        ...stamps(step.date),
      });
    }
  }

  // Organisational life at the frequencies of the default rules (defaultMeetingKinds), now and then a gap.
  b.held.clear();
  const meeting = (
    code: BuiltInMeetingKind,
    date: string,
    topic: string,
    attendees: PlannedPerson[],
    extra: Partial<typeof t.meetings.$inferInsert> = {},
  ) => {
    const status = date <= until ? (random.chance(0.01) ? 'cancelled' : 'held') : 'planned';
    const id = w.insert(t.meetings, {
      branchId: b.id,
      kindId: b.kindIds[code],
      status,
      date,
      startTime: code === 'study' ? '16:00' : '09:30',
      endTime: code === 'study' ? '17:30' : '11:30',
      place: '党员活动室',
      hostId: secretary.id,
      recorderId: organiser.id,
      topic,
      agenda: status === 'planned' ? null : `一、${topic}\n二、交流发言\n三、书记小结`,
      minutes:
        status === 'held'
          ? `会议围绕“${topic}”进行。与会同志逐一发言，结合本职工作谈认识、谈打算。书记作小结，要求把学习成果转化为推动工作的实际行动，抓好各项任务落实。`
          : null,
      ...extra,
      ...stamps(date <= until ? date : until),
    });
    if (status === 'held') b.held.set(code, [...(b.held.get(code) ?? []), { id, date }]);
    for (const person of attendees) {
      let attendance: 'present' | 'leave' | 'absent' | null = null;
      let reason: string | null = null;
      if (status === 'held') {
        const roll = random.next();
        attendance = roll < 0.08 ? 'leave' : roll < 0.095 ? 'absent' : 'present';
        if (attendance === 'leave') reason = random.pick(leaveReasons);
      }
      w.insert(t.meetingAttendance, {
        meetingId: id,
        branchId: b.id,
        personId: person.id,
        status: attendance,
        reason,
        signedInAt: attendance === 'present' && year >= untilYear - 1 && random.chance(0.2) ? at(date, 1) : null,
        ...stamps(date <= until ? date : until),
      });
    }
    if (status !== 'planned') {
      w.insert(t.auditLog, {
        at: at(date, 10),
        accountId: acct('committee'),
        branchId: b.id,
        action: 'meeting.create',
        entity: 'meetings',
        entityId: id,
        before: null,
        after: { date, topic, status },
      });
    }
    return id;
  };
  const skip = () => random.chance(0.03);
  const heldBy = (date: string) => date <= until;
  for (let month = 1; month <= 12; month++) {
    const committeeDay = iso(year, month, random.int(3, 8));
    if (heldBy(committeeDay) && !skip()) {
      meeting(
        'committee',
        committeeDay,
        committeeTopics[month - 1],
        committee.filter((p) => isMemberOn(p, committeeDay)),
        { decisions: '会议议定事项已分工落实，由组织委员跟踪督办。', hasVote: true },
      );
    }
    const theme = themeDays[(month - 1 + (year - 2000) * 5) % themeDays.length];
    const themeDate = month === 7 ? iso(year, 7, 1) : iso(year, month, random.int(10, 16));
    if (heldBy(themeDate) && !skip())
      meeting('theme_day', themeDate, theme.topic, membersOn(themeDate), { place: theme.place, placeTags: theme.tags });
    b.groupIds.forEach((groupId, g) => {
      const date = iso(year, month, random.int(18, 22));
      if (!heldBy(date) || skip()) return;
      const attendees = membersOn(date).filter((p) => p.groupIndex === g);
      const leader = attendees[0] ?? secretary;
      meeting('group', date, `第${'一二三四'[g]}党小组学习交流会`, attendees, {
        groupId,
        hostId: leader.id,
        recorderId: leader.id,
      });
    });
    for (const day of month % 2 === 1 ? [random.int(8, 12), random.int(23, 27)] : [random.int(8, 12)]) {
      const date = iso(year, month, day);
      if (heldBy(date)) meeting('study', date, studyTopics[(month + day) % studyTopics.length], membersOn(date));
    }
  }
  [3, 6, 9, 12].forEach((month, quarter) => {
    const date = iso(year, month, random.int(24, 28));
    if (heldBy(date))
      meeting('general', date, generalTopics[quarter], membersOn(date), { hasVote: quarter === 1 || quarter === 2 });
  });
  [3, 6, 9, 11].forEach((month, i) => {
    const date = iso(year, month, 12);
    if (heldBy(date))
      meeting('lecture', date, lectureTopics[i], membersOn(date), {
        lecturerId: (i === 0 ? secretary : committee[i % committee.length]).id,
      });
  });
  [4, 6, 9, 11].forEach((month, i) => {
    const date = iso(year, month, 18);
    if (heldBy(date))
      meeting('seminar', date, seminarTopics[i], membersOn(date), {
        seminarMaterials: random.int(1, 4),
        exchangeArticles: random.int(3, 10),
      });
  });
  const lifeDay = iso(year, 12, random.int(20, 23));
  if (heldBy(lifeDay))
    meeting('life_meeting', lifeDay, `${year}年度组织生活会：对照检视、批评与自我批评`, membersOn(lifeDay));
  const appraisalDay = addDays(lifeDay, 1);
  if (heldBy(appraisalDay)) meeting('appraisal', appraisalDay, `${year}年度民主评议党员`, membersOn(appraisalDay));
  if (year === untilYear) {
    // What members see coming up: the next theme day, committee meeting and general meeting.
    const members = membersOn(until);
    meeting('theme_day', addDays(until, 4), '学习全会精神，谈责任担当', members, {
      startTime: '15:00',
      endTime: '17:00',
    });
    meeting('committee', addDays(until, 8), '研究下月工作安排', committee);
    meeting('general', addDays(until, 15), '讨论预备党员转正事项', members, { hasVote: true });
  }

  // 谈心谈话 in November, 廉政谈话 in March.
  const talk = (
    date: string,
    kind: 'committee_committee' | 'committee_member' | 'integrity',
    a: PlannedPerson,
    bPerson: PlannedPerson,
  ) => {
    if (date <= until)
      w.insert(t.talks, {
        branchId: b.id,
        date,
        kind,
        initiatorId: a.id,
        partnerId: bPerson.id,
        note: '交流思想和工作情况，听取意见建议。',
        recordedBy: acct('committee'),
        ...stamps(date),
      });
  };
  const activeCommittee = committee.filter((p) => !p.leftOn);
  for (let i = 0; i < activeCommittee.length; i++)
    for (let j = i + 1; j < activeCommittee.length; j++)
      talk(iso(year, 11, 2 + i + j), 'committee_committee', activeCommittee[i], activeCommittee[j]);
  membersOn(iso(year, 11, 1))
    .filter((p) => !p.committeeTitle)
    .forEach((p, i) =>
      talk(iso(year, 11, 5 + (i % 20)), 'committee_member', activeCommittee[i % activeCommittee.length], p),
    );
  const inspector = activeCommittee.find((p) => p.committeeTitle?.includes('纪检')) ?? secretary;
  random
    .sample(
      membersOn(iso(year, 3, 1)).filter((p) => !p.committeeTitle),
      random.int(2, 4),
    )
    .forEach((p, i) => talk(iso(year, 3, 10 + i), 'integrity', inspector, p));

  // Clean government: the year's responsibility list, letters, and two held meetings linked.
  const listDay = iso(year, 2, random.int(18, 26));
  if (listDay <= until) {
    random.sample(integrityAspectTitles, random.int(3, 5)).forEach((title, sortOrder) => {
      const aspectId = w.insert(t.integrityAspects, { branchId: b.id, year, title, sortOrder, ...stamps(listDay) });
      random.sample(integrityItemPool, random.int(3, 4)).forEach(([content, responsible], i) =>
        w.insert(t.integrityItems, {
          aspectId,
          branchId: b.id,
          content,
          responsible,
          sortOrder: i,
          ...stamps(listDay),
        }),
      );
    });
    const letterDay = addDays(listDay, 10);
    for (let i = 0, n = random.int(4, 9); i < n && letterDay <= until; i++) {
      const kind = letterCounterpartKinds[i < 2 ? 0 : i < 6 ? 1 : random.int(2, 3)];
      w.insert(t.commitmentLetters, {
        branchId: b.id,
        date: letterDay,
        title: '党风廉政建设责任承诺书',
        signer: `书记 ${secretary.name}`,
        counterpartKind: kind,
        counterpart: kind === '股室' ? `第${i}股室` : personName(random),
        ...stamps(letterDay),
      });
    }
  }
  for (const linked of [b.held.get('theme_day')?.[3], b.held.get('committee')?.[4]]) {
    if (linked) w.insert(t.integrityMeetings, { branchId: b.id, meetingId: linked.id, ...stamps(linked.date) });
  }

  // Work outputs through the year.
  for (let i = 0, n = random.int(15, 35); i < n; i++) {
    const date = random.dateIn(year);
    if (date > until) continue;
    const category = random.pick(b.categoryIds);
    w.insert(t.workOutputs, {
      branchId: b.id,
      categoryId: category.id,
      date,
      title: `${date.slice(5, 7)}月${random.pick(workTopics)}`,
      quantity: random.chance(0.8) ? 1 : random.int(2, 5),
      recordedBy: acct('committee'),
      ...stamps(date),
    });
  }

  // Projects: the long partnership, one or two projects of the year, this year's 书记项目 (planned last year).
  const project = (
    kind: string,
    name: string,
    startDate: string,
    endDate: string | null,
    status: ProjectStatus,
    created: string,
  ) => {
    const members = random.sample(membersOn(created).length ? membersOn(created) : committee, random.int(3, 6));
    const id = w.insert(t.projects, {
      branchId: b.id,
      kind,
      name,
      partner: random.pick(partners),
      goal: `${name}，为群众办实事、解难题。`,
      startDate,
      endDate,
      budget: random.chance(0.4) ? random.int(5, 80) * 1000 : null,
      status,
      createdBy: acct('secretary'),
      ...stamps(created),
    });
    for (const m of members) w.insert(t.projectMembers, { projectId: id, branchId: b.id, personId: m.id });
    return { id, members };
  };
  const activities = (projectId: number, members: PlannedPerson[], count: number) => {
    for (let i = 0; i < count; i++) {
      const date = random.dateIn(year);
      if (date > until) continue;
      const id = w.insert(t.projectActivities, {
        projectId,
        branchId: b.id,
        date,
        title: random.pick(activityTitles),
        place: random.pick(partners).replace('党支部', ''),
        description: '党员志愿者与群众一起参加。',
        otherParticipants: random.int(0, 20),
        createdBy: acct('committee'),
        ...stamps(date),
      });
      const participants = new Set([...random.sample(members, 3), ...random.sample(membersOn(date), random.int(0, 5))]);
      for (const p of participants)
        w.insert(t.activityParticipants, { activityId: id, branchId: b.id, personId: p.id });
      if (random.chance(0.6)) {
        for (const type of random.sample(b.outputTypeIds, random.int(1, 2))) {
          const quantity = {
            money: random.int(5, 200) * 100,
            goods: random.int(10, 50),
            facilities: random.int(1, 30),
            households: random.int(5, 60),
            people: random.int(20, 300),
            propaganda: random.int(50, 500),
            other: random.int(1, 10),
          }[type.category];
          w.insert(t.activityOutputs, { activityId: id, branchId: b.id, outputTypeId: type.id, quantity });
        }
      }
    }
  };
  const startDay = iso(year, 3, 1);
  if (!b.partnership && startDay <= until) {
    b.partnership = project(
      '结对共建',
      `“A+B”结对共建：与${random.pick(partners)}共建`,
      startDay,
      null,
      'active',
      startDay,
    );
  }
  if (b.partnership) activities(b.partnership.id, b.partnership.members, random.int(3, 5));
  if (b.plannedProject?.year === year) activities(b.plannedProject.id, b.plannedProject.members, random.int(3, 5));
  for (let i = 0, n = random.int(1, 2); i < n; i++) {
    const start = random.dateIn(year, 2, 9);
    if (start > until) continue;
    const kind = random.pick(builtInProjectKinds.filter((k) => k !== secretaryProjectKind && k !== '结对共建'));
    const p = project(
      kind,
      `${year}年${random.pick(activityTitles)}`,
      start,
      iso(year, 12, 31),
      year < untilYear ? (random.chance(0.05) ? 'closed' : 'completed') : 'active',
      start,
    );
    activities(p.id, p.members, random.int(2, 4));
  }
  const planDay = iso(year, 11, 20);
  if (planDay <= until) {
    const next = year + 1;
    const status: ProjectStatus = next > untilYear ? 'planned' : next < untilYear ? 'completed' : 'active';
    const p = project(
      secretaryProjectKind,
      `${next}年书记项目：${random.pick(activityTitles)}`,
      iso(next, 1, 15),
      iso(next, 12, 31),
      status,
      planDay,
    );
    for (const type of random.sample(b.outputTypeIds, random.int(1, 2))) {
      w.insert(t.projectTargets, {
        projectId: p.id,
        branchId: b.id,
        outputTypeId: type.id,
        quantity: random.int(10, 300),
        note: null,
      });
    }
    b.plannedProject = { ...p, year: next, status };
  }

  // Problems found at the year's 组织生活会 (and in the theme education some years), rectified over the next months.
  const sources: { source: 'life_meeting' | 'theme_education'; date: string; meetingId: number | null; n: number }[] =
    [];
  const life = b.held.get('life_meeting')?.[0];
  if (life) sources.push({ source: 'life_meeting', date: life.date, meetingId: life.id, n: random.int(2, 5) });
  const seminar = b.held.get('seminar')?.[1];
  if (seminar && random.chance(0.4))
    sources.push({ source: 'theme_education', date: seminar.date, meetingId: seminar.id, n: random.int(1, 3) });
  for (const found of sources) {
    for (let i = 0; i < found.n; i++) {
      const responsible = random.chance(0.6)
        ? random.pick(committee)
        : random.pick(membersOn(found.date).length ? membersOn(found.date) : committee);
      const deadline = addDays(found.date, random.int(90, 180));
      const slow = random.chance(0.1);
      const completedOn = addDays(found.date, slow ? random.int(400, 700) : random.int(40, 150));
      const checkedOn = addDays(completedOn, random.int(5, 40));
      const state: RectificationState =
        checkedOn <= until && random.chance(0.95) ? 'checked_off' : completedOn <= until ? 'completed' : 'in_progress';
      const id = w.insert(t.rectificationItems, {
        branchId: b.id,
        aspect: random.pick(rectificationAspects),
        problem: random.pick(rectificationProblems),
        source: found.source,
        sourceMeetingId: found.meetingId,
        sourceNote: found.source === 'theme_education' ? `${year}年主题教育检视问题` : null,
        measures: '制定整改措施，明确责任人和时限，按月跟踪落实。',
        responsiblePersonId: responsible.id,
        foundDate: found.date,
        deadline,
        evidence: state === 'in_progress' ? null : '已按措施完成整改，相关材料已归档。',
        state,
        completedAt: state === 'in_progress' ? null : completedOn,
        completedBy: state === 'in_progress' ? null : acct('committee'),
        checkedOffAt: state === 'checked_off' ? checkedOn : null,
        checkedOffBy: state === 'checked_off' ? acct('secretary') : null,
        createdBy: acct('secretary'),
        ...stamps(found.date),
      });
      const audit = (action: string, date: string, after: Record<string, unknown>) =>
        w.insert(t.auditLog, {
          at: at(date, 9),
          accountId: acct('secretary'),
          branchId: b.id,
          action,
          entity: 'rectification_items',
          entityId: id,
          before: null,
          after,
        });
      audit('rectification.create', found.date, { state: 'in_progress', deadline });
      if (state !== 'in_progress') audit('rectification.complete', completedOn, { state: 'completed' });
      if (state === 'checked_off') audit('rectification.check_off', checkedOn, { state: 'checked_off' });
    }
  }

  // 党务公开 through the year, read by most members.
  for (let i = 0, n = random.int(6, 10); i < n; i++) {
    const proposedAt = random.dateIn(year);
    if (proposedAt > until) continue;
    const age = daysBetween(proposedAt, until);
    const state = age > 5 ? 'published' : age > 2 ? 'reviewed' : 'proposed';
    const approvedAt = addDays(proposedAt, 2);
    const id = w.insert(t.notices, {
      branchId: b.id,
      title: `${year}年${random.pick(noticeTitles)}`,
      content: '经支部委员会研究，现将有关事项公开如下，请全体党员监督。如有意见，请在公示期内向支部委员会反映。',
      category: random.pick(noticeCategories),
      state,
      proposedBy: acct('committee'),
      proposedAt,
      reviewedBy: state === 'proposed' ? null : acct('committee'),
      reviewedAt: state === 'proposed' ? null : addDays(proposedAt, 1),
      secrecyChecked: state !== 'proposed',
      approvedBy: state === 'published' ? acct('secretary') : null,
      approvedAt: state === 'published' ? approvedAt : null,
      publishedAt: state === 'published' ? approvedAt : null,
      ...stamps(proposedAt),
    });
    if (state !== 'published') continue;
    for (const reader of membersOn(approvedAt)) {
      const readOn = addDays(approvedAt, random.int(1, 10));
      if (readOn <= until && random.chance(0.7))
        w.insert(t.noticeReads, { noticeId: id, branchId: b.id, personId: reader.id, readAt: at(readOn, 1) });
    }
  }
}

/** Filled in for a submitted report's 存在的主要问题, which no record holds. */
export const problemsText = [
  '（一）理论学习的深度还不够。学习多停留在读原文、谈体会，联系工作实际研究问题不够。',
  '（二）支部标准化建设有差距。支委会研究党建工作的次数和深度不够，工作方法较为单一。',
  '（三）支部品牌的成效还不明显。党员的专业优势发挥不够，结对共建的特色还需打磨。',
].join('\n');

export { reportGrades };
