import { bureauDevelopment, type DemoDevelopment, vote } from '@/db/seed/demo-development';
import type { DemoProject } from '@/db/seed/demo-service';
import type { LedgerLevel } from '@/lib/ledgers/model';

const committee = ['王德胜', '其其格', '张秀兰', '巴特尔', '刘永福'];
const younger = ['乌云', '陈立军', '马玉梅', '李鹏'];

/** The village's service work as authored (two years: the demo's last year and this year). */
export const villageProjects: DemoProject[] = [
  {
    kind: '书记项目',
    name: '2025年书记项目：“红色网格”人居环境整治',
    goal: '以网格为单元，党员包片带头清理房前屋后，改造村里的垃圾收集点，建立村规民约里的门前三包。',
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    status: 'completed',
    members: committee,
    targets: { 垃圾点升级改造: 4, 受益农牧民: 120 },
    activities: [
      {
        date: '2025-04-12',
        title: '春季村庄清洁行动',
        place: '村一组、二组',
        description: '党员分片带领村民清理柴草堆、废旧农膜和积存垃圾。',
        participants: [...committee, ...younger, '赵春生', '吴长青'],
        others: 46,
        outputs: { 受益农牧民: 64 },
      },
      {
        date: '2025-06-20',
        title: '改造村口和二组垃圾收集点',
        place: '村口、村二组',
        participants: ['王德胜', '刘永福', '陈立军', '吴长青'],
        outputs: { 垃圾点升级改造: 2, 投入资金: 16800 },
      },
      {
        date: '2025-09-18',
        title: '改造一组和牧业点垃圾收集点',
        place: '村一组、东牧业点',
        participants: ['王德胜', '巴特尔', '那仁', '吴长青'],
        outputs: { 垃圾点升级改造: 2, 受益农牧民: 58 },
      },
    ],
  },
  {
    kind: '我为群众办实事',
    name: '党员联户助增收',
    goal: '每名党员联系五至八户群众，帮销农畜产品，带动发展庭院经济。',
    startDate: '2025-03-01',
    status: 'active',
    members: [...committee, ...younger],
    activities: [
      {
        date: '2025-08-28',
        title: '电商服务站帮销蜜瓜',
        place: '村电商服务站',
        participants: ['李鹏', '陈立军', '乌云'],
        outputs: { 受益农牧民: 32 },
      },
      {
        date: '2025-11-15',
        title: '联系饲草料团购，降低养殖成本',
        place: '村党群服务中心',
        participants: ['王德胜', '乌云', '那仁'],
        outputs: { 受益农牧民: 41 },
      },
      {
        date: '2026-08-26',
        title: '直播带货帮销蜜瓜和风干肉',
        place: '村电商服务站',
        participants: ['李鹏', '周海燕', '乌云', '马玉梅'],
        others: 6,
        outputs: { 受益农牧民: 45 },
      },
    ],
  },
  {
    kind: '书记项目',
    name: '2026年书记项目：网格调解促和谐',
    goal: '党员中心户担任网格调解员，草场边界、用水等纠纷在网格里化解，小事不出网格。',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    status: 'completed',
    members: ['王德胜', '刘永福', '其其格', '巴特尔'],
    targets: { 受益农牧民: 80 },
    activities: [
      {
        date: '2026-03-22',
        title: '调解员培训：草场和用水纠纷怎么调',
        place: '村党群服务中心',
        participants: ['王德胜', '刘永福', '其其格', '巴特尔', '赵春生', '高建国'],
      },
      {
        date: '2026-05-16',
        title: '调解二组草场边界纠纷',
        place: '村二组',
        participants: ['刘永福', '巴特尔', '高建国'],
        outputs: { 受益农牧民: 6 },
      },
      {
        date: '2026-09-05',
        title: '秋季入户排查矛盾隐患',
        place: '村一组、二组',
        participants: ['王德胜', '其其格', '巴特尔', '那仁'],
        outputs: { 受益农牧民: 78 },
      },
    ],
  },
  {
    kind: '书记项目',
    name: '2027年书记项目：村集体经济“一村一品”',
    goal: '拟以合作社为平台，建成蜜瓜分拣包装点，带动种植户统一品牌、统一销售。',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    status: 'planned',
    members: ['王德胜', '乌云', '陈立军'],
    targets: { 受益农牧民: 60 },
    activities: [],
  },
];

/** An entry in one of the village's ledgers, by the template the ledger came from. */
export type DemoLedgerEntry = {
  template: string;
  date: string;
  title: string;
  quantity?: number;
  /** 元, written as a string so that 分 are exact. */
  amount?: string;
  level?: LedgerLevel;
  tags?: string[];
  people?: string[];
  note?: string;
};

export const villageLedgerEntries: DemoLedgerEntry[] = [
  // 评先评优
  {
    template: 'honours',
    date: '2025-06-30',
    title: '旗先进基层党组织',
    level: 'county',
    tags: ['先进基层党组织'],
  },
  {
    template: 'honours',
    date: '2025-06-30',
    title: '旗优秀共产党员',
    level: 'county',
    tags: ['优秀共产党员'],
    people: ['乌云', '陈立军'],
  },
  {
    template: 'honours',
    date: '2026-06-29',
    title: '镇优秀共产党员',
    level: 'unit',
    tags: ['优秀共产党员'],
    people: ['马玉梅', '巴特尔', '吴长青'],
  },
  {
    template: 'honours',
    date: '2026-06-29',
    title: '镇优秀党务工作者',
    level: 'unit',
    tags: ['优秀党务工作者'],
    people: ['张秀兰'],
  },
  // 党建品牌与创建
  {
    template: 'brand',
    date: '2025-11-20',
    title: '评定为三星级党支部',
    quantity: 3,
    level: 'county',
    tags: ['星级评定'],
  },
  {
    template: 'brand',
    date: '2026-04-08',
    title: '创建“胡杨先锋”党建品牌',
    level: 'unit',
    tags: ['党建品牌'],
    note: '党员在防火巡护、网格调解、帮销增收上带头，叫响“胡杨先锋”。',
  },
  {
    template: 'brand',
    date: '2026-11-18',
    title: '晋升为四星级党支部',
    quantity: 4,
    level: 'county',
    tags: ['星级评定'],
  },
  // 党员设岗定责
  {
    template: 'posts',
    date: '2025-03-10',
    title: '一组环境卫生党员责任区',
    tags: ['党员责任区'],
    people: ['赵春生', '吴长青', '陈立军'],
  },
  {
    template: 'posts',
    date: '2025-03-10',
    title: '二组环境卫生党员责任区',
    tags: ['党员责任区'],
    people: ['孙桂芳', '乌云', '其其格'],
  },
  {
    template: 'posts',
    date: '2025-03-10',
    title: '村卫生室党员示范岗',
    tags: ['党员示范岗'],
    people: ['马玉梅'],
  },
  {
    template: 'posts',
    date: '2026-03-02',
    title: '草原防火党员先锋队',
    tags: ['先锋队'],
    people: ['巴特尔', '吴长青', '李鹏', '那仁', '刘永福'],
  },
  // 阵地建设
  {
    template: 'venues',
    date: '2025-06-18',
    title: '党群服务中心党员活动室改造',
    quantity: 80,
    amount: '35000.00',
    tags: ['党员活动室'],
  },
  {
    template: 'venues',
    date: '2026-04-25',
    title: '村史和胡杨精神文化长廊',
    quantity: 120,
    amount: '18650.50',
    tags: ['文化长廊'],
  },
  // 党建工作经费
  { template: 'funds', date: '2025-01-15', title: '上级下拨党组织工作经费', amount: '20000.00', tags: ['收入'] },
  { template: 'funds', date: '2025-03-20', title: '购置党员学习资料', amount: '1260.50', tags: ['支出'] },
  { template: 'funds', date: '2025-06-28', title: '“七一”慰问老党员和困难党员', amount: '2400.00', tags: ['支出'] },
  { template: 'funds', date: '2026-01-16', title: '上级下拨党组织工作经费', amount: '22000.00', tags: ['收入'] },
  { template: 'funds', date: '2026-06-27', title: '“七一”慰问老党员和困难党员', amount: '2600.00', tags: ['支出'] },
  { template: 'funds', date: '2026-09-12', title: '制作网格调解员工作牌和宣传展板', amount: '980.00', tags: ['支出'] },
  // 调研走访
  {
    template: 'visits',
    date: '2025-02-05',
    title: '春节前走访困难党员和老党员',
    quantity: 6,
    tags: ['走访困难党员'],
    people: ['王德胜', '其其格'],
  },
  {
    template: 'visits',
    date: '2025-07-22',
    title: '入户走访牧户，听取用水和草场意见',
    quantity: 24,
    tags: ['走访群众'],
    people: ['王德胜', '巴特尔'],
  },
  {
    template: 'visits',
    date: '2026-02-10',
    title: '春节前走访困难党员和老党员',
    quantity: 7,
    tags: ['走访困难党员'],
    people: ['王德胜', '张秀兰'],
  },
  {
    template: 'visits',
    date: '2026-05-09',
    title: '镇党委书记到村调研指导集体经济',
    tags: ['调研指导'],
    people: ['王德胜', '乌云'],
  },
  // 集体经济
  {
    template: 'collective_economy',
    date: '2025-12-20',
    title: '草场流转和光伏分红等经营性收入',
    amount: '286000.00',
    tags: ['经营性收入'],
  },
  {
    template: 'collective_economy',
    date: '2025-12-22',
    title: '肉羊养殖专业合作社年终分红',
    quantity: 46,
    amount: '120000.00',
    tags: ['合作社'],
  },
  {
    template: 'collective_economy',
    date: '2026-05-30',
    title: '成立蜜瓜种植专业合作社',
    quantity: 38,
    tags: ['合作社', '产业项目'],
  },
  {
    template: 'collective_economy',
    date: '2026-11-28',
    title: '草场流转和光伏分红等经营性收入',
    amount: '352000.00',
    tags: ['经营性收入'],
  },
];

const datesOf = (name: string) => bureauDevelopment.authored.find((p) => p.name === name)!.dates;

/**
 * The village's development. Its meetings keep the same calendar as the bureau's (支委会 on the 6th,
 * 党员大会 on the 26th of a quarter's last month), so its people follow the bureau's proven paths:
 * 李鹏 admitted this summer, 周海燕 a development candidate, 那仁 an activist since this spring.
 */
export const villageDevelopment: DemoDevelopment = {
  authored: [
    { name: '李鹏', dates: datesOf('郑凯'), data: { admission_vote: vote(12, 11) } },
    { name: '周海燕', dates: datesOf('何思远') },
    { name: '那仁', dates: datesOf('田雨') },
  ],
  newApplicant: '杨小红',
  contacts: ['其其格', '张秀兰'],
  introducers: ['王德胜', '乌云'],
};
