import type { Transaction } from '@/db/client';
import {
  activityOutputs,
  activityParticipants,
  type OutputType,
  projectActivities,
  projectMembers,
  projects,
  projectTargets,
} from '@/db/schema';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import type { SeedPerson } from '@/db/seed/demo-meetings';
import type { ProjectStatus } from '@/lib/service/model';

export type DemoActivity = {
  date: string;
  title: string;
  place?: string;
  description?: string;
  participants: string[];
  others?: number;
  /** Output type name → quantity. */
  outputs?: Record<string, number>;
};

export type DemoProject = {
  kind: string;
  name: string;
  partner?: string;
  goal: string;
  startDate: string;
  endDate?: string;
  budget?: number;
  status: ProjectStatus;
  members: string[];
  targets?: Record<string, number>;
  activities: DemoActivity[];
  /** Keeps its dates whatever the seeding day: the 2023 report plans it, so it belongs to that past. */
  plannedIn2023?: true;
};

const committee = ['孟庆华', '李娜', '巴图孟和'];
const volunteers = ['王海燕', '陈晓梅', '苏日娜', '杨帆', '周丽', '敖登格日乐'];
const propagandaTeam = ['巴图孟和', '赵志刚', '苏日娜', '敖登格日乐', '孙伟', '杨帆', '吴桐'];

/** The demo branch's service work as authored (see DemoCalendar): the figures its 2023 report counts, and what followed. */
export const bureauProjects: DemoProject[] = [
  {
    kind: '结对共建',
    name: '“A+B”结对共建：与居延社区联合党支部共建',
    partner: '居延社区联合党支部',
    goal: '与社区党组织共学共做：联合开展主题党日，组织党员到社区开展志愿服务，关爱社区困难群众。',
    startDate: '2023-03-01',
    status: 'active',
    members: [...committee, '王海燕', '陈晓梅'],
    activities: [
      {
        date: '2023-04-15',
        title: '社区环境美化志愿服务',
        place: '居延社区',
        description: '党员和入党积极分子与社区志愿者一起清理楼道杂物、绿化带垃圾。',
        participants: [...committee, ...volunteers, '何思远', '乌日汗'],
        others: 12,
      },
      {
        date: '2023-09-20',
        title: '为社区困难群众爱心捐款',
        place: '居延社区党群服务中心',
        participants: [...committee, ...volunteers, '刘建军', '赵志刚', '高建平', '孙伟', '马丽娟'],
        outputs: { 捐款: 3650 },
      },
      {
        date: '2023-12-28',
        title: '元旦前走访慰问困难户',
        place: '居延社区',
        description: '为社区困难户送去米面油等慰问物品。',
        participants: ['孟庆华', '李娜', '王海燕'],
        outputs: { 大米: 20, 面粉: 20, 食用油: 20 },
      },
      {
        date: '2024-05-18',
        title: '社区“清洁家园”志愿服务',
        place: '居延社区',
        participants: [...committee, '陈晓梅', '杨帆', '郑凯'],
        others: 8,
      },
      {
        date: '2024-12-26',
        title: '岁末走访慰问困难户',
        place: '居延社区',
        participants: ['孟庆华', '巴图孟和', '苏日娜'],
        outputs: { 大米: 15, 食用油: 15 },
      },
      {
        date: '2025-06-21',
        title: '共建社区统计知识进万家',
        place: '居延社区文化广场',
        participants: ['李娜', '王海燕', '周丽', '吴桐'],
        others: 20,
        outputs: { 宣传手册: 300, 受益群众: 260 },
      },
      {
        date: '2026-04-25',
        title: '社区绿化植树志愿服务',
        place: '居延社区',
        participants: [...committee, '陈晓梅', '杨帆'],
        others: 10,
      },
    ],
  },
  {
    kind: '我为群众办实事',
    name: '巴苏木昂嘎查居民生活垃圾点升级改造',
    partner: '巴苏木昂嘎查',
    goal: '解决结对帮扶嘎查生活垃圾点少、垃圾乱堆乱放的问题，与旗政府办共同投入资金改造垃圾点。',
    startDate: '2023-05-01',
    endDate: '2023-10-31',
    budget: 80000,
    status: 'completed',
    members: ['孟庆华', '赵志刚', '高建平'],
    activities: [
      {
        date: '2023-05-12',
        title: '入户调研垃圾点设置需求',
        place: '巴苏木昂嘎查',
        participants: ['孟庆华', '赵志刚', '高建平'],
      },
      {
        date: '2023-07-06',
        title: '第一批垃圾点改造完工',
        place: '巴苏木昂嘎查',
        description: '与旗政府办共同投入资金，完成两处居民生活垃圾点的升级改造。',
        participants: ['孟庆华', '赵志刚'],
        outputs: { 投入资金: 50000, 垃圾点升级改造: 2 },
      },
      {
        date: '2023-10-18',
        title: '第二批垃圾点改造完工并验收',
        place: '巴苏木昂嘎查',
        participants: ['孟庆华', '赵志刚', '高建平'],
        outputs: { 投入资金: 30000, 垃圾点升级改造: 1, 受益农牧民: 56 },
      },
    ],
  },
  {
    kind: '志愿服务',
    name: '“最美统计调查员”宣传队',
    goal: '结合第五次全国经济普查，向调查对象、企业和城乡居民宣传民族理论政策和统计法律法规。',
    startDate: '2023-06-01',
    status: 'active',
    members: propagandaTeam,
    activities: [
      {
        date: '2023-06-16',
        title: '经济普查宣传月启动',
        place: '达来呼布镇街头',
        participants: propagandaTeam,
        outputs: { 横幅: 14, 宣传展板: 10, 宣传手册: 1200, 受益群众: 500 },
      },
      {
        date: '2023-08-08',
        title: '普查政策短信推送',
        participants: ['巴图孟和', '孙伟'],
        outputs: { 手机短信: 32000 },
      },
      {
        date: '2023-11-09',
        title: '普查入企宣传',
        place: '旗工业园区',
        participants: ['赵志刚', '孙伟', '杨帆', '吴桐'],
        outputs: { 横幅: 12, 宣传展板: 8, 宣传手册: 1400, 受益群众: 620 },
      },
      {
        date: '2024-05-20',
        title: '“统计开放日”宣传',
        place: '旗统计局',
        participants: ['巴图孟和', '苏日娜', '敖登格日乐'],
        outputs: { 宣传手册: 500, 受益群众: 180 },
      },
      {
        date: '2025-09-20',
        title: '统计法宣传进社区',
        place: '额很社区',
        participants: ['巴图孟和', '周丽', '郑凯'],
        outputs: { 横幅: 4, 宣传手册: 400, 受益群众: 210 },
      },
    ],
  },
  {
    kind: '书记项目',
    name: '2024年书记项目：胡杨林病虫害防治与垃圾点改造',
    partner: '巴苏木昂嘎查',
    goal: '结合结对帮扶嘎查的急难愁盼：牵头开展胡杨林、绿化带苗木病虫害防治；再改造一处居民生活垃圾点。',
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    status: 'completed',
    plannedIn2023: true,
    members: ['孟庆华', '赵志刚', '高建平', '刘建军'],
    targets: { 病虫害防治: 3000, 垃圾点升级改造: 1 },
    activities: [
      {
        date: '2024-05-16',
        title: '胡杨林春季病虫害防治',
        place: '巴苏木昂嘎查胡杨林',
        participants: ['孟庆华', '赵志刚', '高建平', '杨帆'],
        others: 15,
        outputs: { 病虫害防治: 1800 },
      },
      {
        date: '2024-08-22',
        title: '绿化带苗木病虫害防治',
        place: '巴苏木昂嘎查',
        participants: ['赵志刚', '刘建军', '郑凯'],
        others: 10,
        outputs: { 病虫害防治: 1500 },
      },
      {
        date: '2024-09-26',
        title: '第四处垃圾点改造完工',
        place: '巴苏木昂嘎查',
        participants: ['孟庆华', '高建平'],
        outputs: { 投入资金: 28000, 垃圾点升级改造: 1, 受益农牧民: 18 },
      },
    ],
  },
  {
    kind: '书记项目',
    name: '2026年书记项目：嘎查数据服务站',
    partner: '巴苏木昂嘎查',
    goal: '在嘎查建立数据服务站，为农牧民提供统计数据查询和惠农政策宣传。',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    status: 'active',
    members: ['孟庆华', '李娜', '陈晓梅'],
    targets: { 受益农牧民: 120, 宣传手册: 1000 },
    activities: [
      {
        date: '2026-05-14',
        title: '数据服务站挂牌',
        place: '巴苏木昂嘎查党群服务中心',
        participants: ['孟庆华', '李娜', '陈晓梅', '王海燕'],
        outputs: { 受益农牧民: 46, 宣传手册: 400 },
      },
      {
        date: '2026-09-10',
        title: '秋季政策宣讲',
        place: '巴苏木昂嘎查',
        participants: ['李娜', '陈晓梅'],
        outputs: { 受益农牧民: 38, 宣传手册: 300 },
      },
    ],
  },
  {
    kind: '书记项目',
    name: '2027年书记项目：嘎查人居环境整治',
    partner: '巴苏木昂嘎查',
    goal: '拟再改造两处居民生活垃圾点，并组织党员开展季度环境整治志愿服务。',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    status: 'planned',
    members: ['孟庆华', '赵志刚'],
    targets: { 垃圾点升级改造: 2, 受益农牧民: 60 },
    activities: [],
  },
];

/** The status a demo project has on `today`: not started is planned, not yet ended is still running. */
function statusOn(p: DemoProject, today: string): ProjectStatus {
  if (p.startDate > today) return 'planned';
  if (p.status === 'completed' && (!p.endDate || p.endDate >= today)) return 'active';
  return p.status;
}

/** An authored project with its dates and the years in its name moved onto the demo's calendar. */
function placed(p: DemoProject, calendar: DemoCalendar): DemoProject {
  if (p.plannedIn2023) return p;
  return {
    ...p,
    name: calendar.text(p.name),
    startDate: calendar.date(p.startDate),
    endDate: p.endDate && calendar.date(p.endDate),
    activities: p.activities.map((a) => ({ ...a, date: calendar.date(a.date) })),
  };
}

export function seedDemoService(
  tx: Transaction,
  options: {
    branchId: number;
    people: SeedPerson[];
    outputTypes: OutputType[];
    calendar: DemoCalendar;
    projects: DemoProject[];
  },
) {
  const { branchId, calendar } = options;
  const { today } = calendar;
  const personId = (name: string) => {
    const person = options.people.find((p) => p.name === name);
    if (!person) throw new Error(`demo person ${name} missing`);
    return person.id;
  };
  const typeId = (name: string) => {
    const type = options.outputTypes.find((t) => t.name === name);
    if (!type) throw new Error(`demo output type ${name} missing`);
    return type.id;
  };
  const quantities = (map: Record<string, number> = {}) =>
    Object.entries(map).map(([name, quantity]) => ({ outputTypeId: typeId(name), quantity }));

  for (const p of options.projects.map((authored) => placed(authored, calendar))) {
    // Next year's plan is written late in the year before; plans further ahead do not exist yet.
    if (p.startDate.slice(0, 4) > String(Number(today.slice(0, 4)) + 1)) continue;
    const project = tx
      .insert(projects)
      .values({
        branchId,
        kind: p.kind,
        name: p.name,
        partner: p.partner ?? null,
        goal: p.goal,
        startDate: p.startDate,
        endDate: p.endDate ?? null,
        budget: p.budget ?? null,
        status: statusOn(p, today),
      })
      .returning({ id: projects.id })
      .get();
    for (const name of p.members)
      tx.insert(projectMembers)
        .values({ projectId: project.id, branchId, personId: personId(name) })
        .run();
    for (const target of quantities(p.targets))
      tx.insert(projectTargets)
        .values({ projectId: project.id, branchId, ...target })
        .run();

    for (const a of p.activities) {
      if (a.date > today) continue;
      const activity = tx
        .insert(projectActivities)
        .values({
          projectId: project.id,
          branchId,
          date: a.date,
          title: a.title,
          place: a.place ?? null,
          description: a.description ?? null,
          otherParticipants: a.others ?? 0,
        })
        .returning({ id: projectActivities.id })
        .get();
      for (const name of new Set(a.participants))
        tx.insert(activityParticipants)
          .values({ activityId: activity.id, branchId, personId: personId(name) })
          .run();
      for (const output of quantities(a.outputs))
        tx.insert(activityOutputs)
          .values({ activityId: activity.id, branchId, ...output })
          .run();
    }
  }
}
