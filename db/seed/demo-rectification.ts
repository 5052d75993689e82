import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { meetingKinds, meetings, people, rectificationItems } from '@/db/schema';
import { demoBranchAccounts } from '@/db/seed/demo-branch-accounts';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import { addDays } from '@/lib/dates';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';
import type { RectificationSource } from '@/lib/rectification/model';
import { checkOffRefusal, completionRefusal } from '@/lib/rectification/rules';

type DemoItem = {
  aspect: string;
  problem: string;
  source: RectificationSource;
  /** The held meeting the problem was found at. */
  meeting?: { date: string; kind: BuiltInMeetingKind };
  sourceNote?: string;
  measures: string;
  responsible: string;
  foundDate: string;
  deadline: string;
  evidence?: string;
  /** Who marked it completed (a username) and when. */
  completed?: [string, string];
  /** Who checked it off (a username) and when. */
  checkedOff?: [string, string];
};

/** Items as written: 2023's keep their dates, later ones move with the current year. */
const themeEducation = {
  source: 'theme_education',
  meeting: { date: '2023-06-18', kind: 'seminar' },
  sourceNote: '2023年主题教育检视问题',
  foundDate: '2023-06-18',
} as const;

const authoredItems: DemoItem[] = [
  {
    ...themeEducation,
    aspect: '服务群众方面',
    problem: '深入统计调查对象和群众了解困难不够，对反映的难点、堵点问题跟进解决不及时',
    measures: '建立调查对象联系台账，班子成员分片联系，每季度至少走访一次，问题办结后回访。',
    responsible: '孟庆华',
    deadline: '2023-10-31',
    evidence: '建立联系台账，覆盖调查对象86家；班子成员走访42次，收集并办结问题15个，均已回访。',
    completed: ['shuji', '2023-10-20'],
    checkedOff: ['zuzhi', '2023-11-15'],
  },
  {
    ...themeEducation,
    aspect: '服务企业发展方面',
    problem: '对辖区重点企业生产经营和产品销售情况掌握不全面，分析研判停留在报表数据',
    measures: '确定重点企业监测名单，按月电话回访、按季实地调研，形成企业运行分析。',
    responsible: '孙伟',
    deadline: '2023-11-30',
    evidence: '确定重点监测企业23家，开展实地调研4次，撰写企业运行分析报告3篇。',
    completed: ['zuzhi', '2023-11-10'],
    checkedOff: ['shuji', '2023-12-05'],
  },
  {
    ...themeEducation,
    aspect: '服务企业发展方面',
    problem: '为企业出主意、提建议的能力不足，统计服务与企业实际需求结合不紧',
    measures: '召开企业统计人员座谈会，梳理企业关心的统计政策和数据需求，编印企业统计服务指南。',
    responsible: '陈晓梅',
    deadline: '2023-11-30',
    evidence: '召开企业座谈会2次，编印服务指南200册，向12家企业反馈行业对比数据。',
    completed: ['zuzhi', '2023-11-25'],
    checkedOff: ['xuanchuan', '2023-12-12'],
  },
  {
    ...themeEducation,
    aspect: '专业学习和业务指导方面',
    problem: '对统计新制度、新业务学习不深不透，对基层调查对象的业务指导和培训不够',
    measures: '制定年度业务学习计划，每月开展一次业务学习；结合经济普查对调查对象分片培训。',
    responsible: '李娜',
    deadline: '2023-12-15',
    evidence: '全年开展业务学习12次；举办经济普查业务培训班3期，培训调查对象和普查员180人次。',
    completed: ['zuzhi', '2023-12-10'],
    checkedOff: ['shuji', '2023-12-20'],
  },
  {
    aspect: '数据质量方面',
    problem: '个别专业报表审核把关不严，数据质量核查不够细',
    source: 'inspection',
    sourceNote: '2024年旗委巡察反馈问题',
    measures: '完善报表三级审核制度，每月开展数据质量抽查并通报结果。',
    responsible: '周丽',
    foundDate: '2024-09-10',
    deadline: '2024-12-31',
    evidence: '修订报表审核办法；9至12月抽查报表156份，发现并更正问题数据7处，逐月通报。',
    completed: ['zuzhi', '2024-12-20'],
    checkedOff: ['shuji', '2025-01-08'],
  },
  {
    aspect: '组织生活方面',
    problem: '主题党日活动形式较单一，党员参与的主动性不高',
    source: 'life_meeting',
    meeting: { date: '2024-12-22', kind: 'life_meeting' },
    measures: '年初制定主题党日计划，轮流由党员领题策划，结合结对共建开展实践活动。',
    responsible: '巴图孟和',
    foundDate: '2024-12-22',
    deadline: '2025-06-30',
    evidence: '制定2025年主题党日计划，6名党员轮流策划；与居延社区联合开展实践活动4次。',
    completed: ['xuanchuan', '2025-05-20'],
    checkedOff: ['zuzhi', '2025-06-10'],
  },
  {
    aspect: '党建与业务融合方面',
    problem: '党建与统计业务融合的载体不多，书记项目成效宣传不够',
    source: 'duty_review',
    sourceNote: '2024年度书记抓基层党建述职评议',
    measures: '围绕经济普查打造“最美统计调查员”品牌，按季度总结宣传书记项目进展。',
    responsible: '孟庆华',
    foundDate: '2025-01-15',
    deadline: '2025-09-30',
    evidence: '形成品牌活动方案；在旗融媒体发布书记项目进展信息5篇。',
    completed: ['shuji', '2025-09-20'],
    checkedOff: ['xuanchuan', '2025-10-10'],
  },
];

/** Dates of an authored item moved onto the demo's calendar. */
function placed(item: DemoItem, calendar: DemoCalendar): DemoItem {
  const date = calendar.date;
  return {
    ...item,
    sourceNote: item.sourceNote && calendar.text(item.sourceNote),
    meeting: item.meeting && { ...item.meeting, date: date(item.meeting.date) },
    foundDate: date(item.foundDate),
    deadline: date(item.deadline),
    completed: item.completed && [item.completed[0], date(item.completed[1])],
    checkedOff: item.checkedOff && [item.checkedOff[0], date(item.checkedOff[1])],
  };
}

/**
 * The ledger: the 2023 theme education's "三个方面四个问题", all rectified and checked off that year;
 * items of the two years before the current one, all checked off; two from last year's 组织生活会
 * still open (one overdue, one due at the year's end); one completed and awaiting check-off; one due
 * in ten days. The open ones are placed by days from today, so the ledger reads the same on any day.
 */
export function demoRectificationItems(calendar: DemoCalendar): DemoItem[] {
  const lifeMeeting = calendar.date('2025-12-22');
  const fromLifeMeeting = {
    source: 'life_meeting',
    meeting: { date: lifeMeeting, kind: 'life_meeting' },
    foundDate: lifeMeeting,
  } as const;
  const latest = (a: string, b: string) => (a > b ? a : b);
  return [
    ...authoredItems.map((item) => placed(item, calendar)),
    {
      ...fromLifeMeeting,
      aspect: '服务群众方面',
      problem: '普查入户宣传覆盖面不够，牧区调查对象对统计政策知晓率不高',
      measures: '组建宣传小分队深入嘎查入户宣传，制作蒙汉双语宣传册。',
      responsible: '刘建军',
      // Overdue on any day: a month ago, or a week after it was found when that is later.
      deadline: latest(addDays(lifeMeeting, 7), calendar.daysFromToday(-30)),
    },
    {
      ...fromLifeMeeting,
      aspect: '专业学习和业务指导方面',
      problem: '对新入职统计员的传帮带不够，业务培训缺少系统安排',
      measures: '实行“一带一”帮带，制定新入职人员半年培训计划。',
      responsible: '王海燕',
      deadline: calendar.date('2026-12-31'),
    },
    {
      aspect: '组织生活方面',
      problem: '党小组会记录不够规范，个别会议议题和发言记录过简',
      source: 'other',
      sourceNote: '支委会检查党小组工作手册',
      measures: '统一党小组会记录格式，支委定期检查记录。',
      responsible: '李娜',
      foundDate: calendar.daysFromToday(-60),
      deadline: calendar.daysFromToday(20),
      evidence: '印发党小组会记录规范，检查各党小组记录两次，已逐一补充完善。',
      completed: ['zuzhi', calendar.daysFromToday(-5)],
    },
    {
      aspect: '数据质量方面',
      problem: '部分调查对象联网直报数据逻辑审核错误较多',
      source: 'other',
      sourceNote: '统计执法检查发现',
      measures: '对错误较多的调查对象逐户电话指导，十日内集中复核。',
      responsible: '杨帆',
      foundDate: calendar.daysFromToday(-40),
      deadline: calendar.daysFromToday(10),
    },
  ];
}

/** Seeds the ledger up to today, each step checked by the same rules the app applies. */
export function seedDemoRectification(tx: Transaction, branchId: number, calendar: DemoCalendar) {
  const { today } = calendar;
  const personOf = new Map(
    tx
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(eq(people.branchId, branchId))
      .all()
      .map((p) => [p.name, p.id]),
  );
  const accountOf = demoBranchAccounts(tx, branchId);
  const meetingOn = ({ date, kind }: { date: string; kind: BuiltInMeetingKind }) =>
    tx
      .select({ id: meetings.id })
      .from(meetings)
      .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
      .where(and(eq(meetings.branchId, branchId), eq(meetings.date, date), eq(meetingKinds.code, kind)))
      .get()?.id ?? null;

  for (const item of demoRectificationItems(calendar).filter((i) => i.foundDate <= today)) {
    const facts = {
      state: 'in_progress' as const,
      responsiblePersonId: personOf.get(item.responsible)!,
      evidence: item.evidence ?? null,
      attachmentCount: 0,
      completedBy: null as number | null,
    };
    const completed =
      item.completed && item.completed[1] <= today
        ? { by: accountOf.get(item.completed[0])!, at: item.completed[1] }
        : null;
    const checked =
      completed && item.checkedOff && item.checkedOff[1] <= today
        ? { by: accountOf.get(item.checkedOff[0])!, at: item.checkedOff[1] }
        : null;
    if (completed) {
      const refusal = completionRefusal(facts);
      if (refusal) throw new Error(`demo rectification "${item.problem}": ${refusal}`);
    }
    if (checked) {
      const refusal = checkOffRefusal(
        { ...facts, state: 'completed', completedBy: completed!.by.accountId },
        checked.by,
      );
      if (refusal) throw new Error(`demo rectification "${item.problem}": ${refusal}`);
    }
    tx.insert(rectificationItems)
      .values({
        branchId,
        aspect: item.aspect,
        problem: item.problem,
        source: item.source,
        sourceMeetingId: item.meeting ? meetingOn(item.meeting) : null,
        sourceNote: item.sourceNote ?? null,
        measures: item.measures,
        responsiblePersonId: facts.responsiblePersonId,
        foundDate: item.foundDate,
        deadline: item.deadline,
        evidence: completed ? item.evidence : null,
        state: checked ? 'checked_off' : completed ? 'completed' : 'in_progress',
        completedAt: completed?.at ?? null,
        completedBy: completed?.by.accountId ?? null,
        checkedOffAt: checked?.at ?? null,
        checkedOffBy: checked?.by.accountId ?? null,
        createdBy: accountOf.get('zuzhi')!.accountId,
      })
      .run();
  }
}
