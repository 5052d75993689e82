import type { Transaction } from '@/db/client';
import { noticeReads, notices } from '@/db/schema';
import { demoBranchAccounts } from '@/db/seed/demo-branch-accounts';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import { addDays } from '@/lib/dates';
import type { NoticeState } from '@/lib/rectification/model';

type DemoNotice = {
  title: string;
  category: string;
  content: string;
  /** The day it was proposed; review, approval and publication follow a day or two apart. */
  proposedAt: string;
  /** How far along the flow it got; published when not given. */
  state?: Exclude<NoticeState, 'withdrawn'>;
  /** Usernames of those who marked it read. */
  readBy?: string[];
};

const everyone = ['zuzhi', 'xuanchuan', 'dangyuan'];

export const demoNotices: DemoNotice[] = [
  {
    proposedAt: '2023-01-09',
    category: '重要决策',
    title: '2023年党支部工作要点',
    content: '经支委会研究，2023年支部重点抓好理论学习、“三会一课”、发展党员、结对共建和党风廉政建设五项工作。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-02-13',
    category: '党费收缴',
    title: '2022年度党费收缴情况公示',
    content: '2022年度支部应交党费的党员14名，全部按月足额交纳，合计交纳党费已上缴旗直机关党工委。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-04-17',
    category: '组织建设',
    title: '2023年第一季度“三会一课”开展情况',
    content: '一季度召开支部党员大会1次、支委会3次、党小组会6次、党课1次，开展主题党日3次。',
    readBy: ['zuzhi', 'dangyuan'],
  },
  {
    proposedAt: '2023-05-08',
    category: '发展党员',
    title: '关于确定郑凯同志为入党积极分子的公示',
    content: '经党员推荐、支委会研究，拟确定郑凯同志为入党积极分子。公示期5个工作日，如有意见请向支部书记反映。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-06-14',
    category: '发展党员',
    title: '关于杨帆同志预备党员转正的公示',
    content: '杨帆同志预备期满，本人已提出转正申请。经支委会审查，拟提交支部党员大会讨论。公示期5个工作日。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-06-26',
    category: '评先评优',
    title: '“七一”优秀共产党员推荐人选公示',
    content: '经党员推荐、支委会研究，拟推荐李娜、陈晓梅同志为旗直机关优秀共产党员。公示期7天。',
    readBy: ['xuanchuan', 'dangyuan'],
  },
  {
    proposedAt: '2023-07-12',
    category: '党费收缴',
    title: '2023年上半年党费收缴情况',
    content: '上半年支部党员全部按月交纳党费，无欠交情况。',
    readBy: ['zuzhi'],
  },
  {
    proposedAt: '2023-08-21',
    category: '重要决策',
    title: '主题教育检视问题清单及整改措施',
    content: '主题教育中支部共检视出三个方面四个问题，已逐项明确整改措施、责任人和整改时限，建立问题整改台账。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-09-11',
    category: '发展党员',
    title: '关于确定何思远同志为入党积极分子的公示',
    content: '经党员推荐、支委会研究，拟确定何思远同志为入党积极分子。公示期5个工作日。',
    readBy: ['zuzhi', 'dangyuan'],
  },
  {
    proposedAt: '2023-10-16',
    category: '组织建设',
    title: '2023年第三季度组织生活开展情况',
    content: '三季度召开支部党员大会1次、支委会3次、党小组会6次，开展专题研讨1次、主题党日3次。',
    readBy: ['dangyuan'],
  },
  {
    proposedAt: '2023-11-27',
    category: '重要决策',
    title: '主题教育检视问题整改落实情况',
    content: '主题教育检视的三个方面四个问题已全部完成整改，经支委会对账销号。',
    readBy: everyone,
  },
  {
    proposedAt: '2023-12-25',
    category: '党费收缴',
    title: '2023年度党费收缴情况公示',
    content: '2023年度支部党员全部按月足额交纳党费，已按规定上缴。',
    readBy: ['zuzhi', 'xuanchuan'],
  },
  {
    proposedAt: '2024-01-15',
    category: '重要决策',
    title: '2024年党支部工作要点',
    content: '2024年支部围绕经济普查，推动党建与统计业务深度融合。',
    readBy: everyone,
  },
  {
    proposedAt: '2024-05-08',
    category: '发展党员',
    title: '关于确定郑凯同志为发展对象的公示',
    content: '郑凯同志作为入党积极分子培养已满一年，经支委会研究，拟确定为发展对象。公示期5个工作日。',
    readBy: ['dangyuan'],
  },
  {
    proposedAt: '2025-01-13',
    category: '重要决策',
    title: '2025年党支部工作要点',
    content: '2025年支部重点推进“最美统计调查员”品牌建设，落实述职评议反馈问题整改。',
    readBy: ['zuzhi', 'xuanchuan'],
  },
  {
    proposedAt: '2025-12-15',
    category: '发展党员',
    title: '关于接收吴桐同志为预备党员的公示',
    content: '吴桐同志已具备入党条件，经上级党委预审同意，拟提交支部党员大会讨论接收为预备党员。公示期5个工作日。',
    readBy: ['zuzhi', 'dangyuan'],
  },
  {
    proposedAt: '2026-01-12',
    category: '重要决策',
    title: '2026年党支部工作要点',
    content: '2026年支部重点抓好组织生活规范化、发展党员质量和问题整改落实。',
    readBy: ['zuzhi'],
  },
  {
    proposedAt: '2026-07-08',
    category: '党费收缴',
    title: '2026年上半年党费收缴情况',
    content: '上半年支部党员全部按月交纳党费，无欠交情况。',
  },
  {
    proposedAt: '2026-11-16',
    category: '组织建设',
    title: '2026年第三季度组织生活开展情况',
    content: '三季度召开支部党员大会1次、支委会3次、党小组会6次，开展主题党日3次、专题研讨1次。',
    state: 'reviewed',
  },
  {
    proposedAt: '2026-11-25',
    category: '评先评优',
    title: '2026年度民主评议党员工作安排',
    content: '12月下旬开展民主评议党员，包括个人自评、党员互评和民主测评，请全体党员提前准备个人总结。',
    state: 'proposed',
  },
];

const flow: NoticeState[] = ['proposed', 'reviewed', 'approved', 'published'];

/** A year of 党务公开 and some later items (as authored, see DemoCalendar), each through the whole flow, up to today. */
export function seedDemoNotices(tx: Transaction, branchId: number, calendar: DemoCalendar) {
  const { today } = calendar;
  const account = demoBranchAccounts(tx, branchId);
  const [proposer, reviewer, approver] = ['zuzhi', 'xuanchuan', 'shuji'].map((u) => account.get(u)!.accountId);
  const placed = demoNotices.map((n) => ({
    ...n,
    proposedAt: calendar.date(n.proposedAt),
    title: calendar.text(n.title),
    content: calendar.text(n.content),
  }));
  placed.forEach((notice, index) => {
    const state = notice.state ?? 'published';
    const reviewedAt = addDays(notice.proposedAt, 1);
    const approvedAt = addDays(notice.proposedAt, 2);
    if ((state === 'proposed' ? notice.proposedAt : state === 'reviewed' ? reviewedAt : approvedAt) > today) return;
    const reached = (step: NoticeState) => flow.indexOf(state) >= flow.indexOf(step);
    const row = tx
      .insert(notices)
      .values({
        branchId,
        title: notice.title,
        category: notice.category,
        content: notice.content,
        state,
        // The committee members take turns proposing and reviewing; nobody reviews their own item.
        proposedBy: index % 2 ? reviewer : proposer,
        proposedAt: notice.proposedAt,
        reviewedBy: reached('reviewed') ? (index % 2 ? proposer : reviewer) : null,
        reviewedAt: reached('reviewed') ? reviewedAt : null,
        secrecyChecked: reached('reviewed'),
        approvedBy: reached('approved') ? approver : null,
        approvedAt: reached('approved') ? approvedAt : null,
        publishedAt: reached('published') ? approvedAt : null,
      })
      .returning()
      .get();
    const readOn = addDays(approvedAt, 1 + (index % 3));
    if (readOn > today) return;
    for (const username of notice.readBy ?? []) {
      tx.insert(noticeReads)
        .values({
          noticeId: row.id,
          branchId,
          personId: account.get(username)!.personId!,
          readAt: `${readOn}T01:30:00.000Z`,
        })
        .run();
    }
  });
}
