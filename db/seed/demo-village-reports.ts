import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadSessionUser } from '@/db/queries/session';
import { draftFacts } from '@/db/report/draft-facts';
import { createReport, submitReport } from '@/db/report/mutations';
import { branchOwner } from '@/db/report/owner';
import { getReport } from '@/db/report/queries';
import { addReviewComment, gradeReport } from '@/db/report/review';
import { branches, people, rectificationItems, reportReviewComments } from '@/db/schema';
import { demoAccountId } from '@/db/seed/demo-account-id';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import { buildDraftSections } from '@/lib/report/draft';

/** The village secretary's own words where no record speaks: the year's problems and why. */
const ownWords: Record<string, string> = {
  存在的主要问题: [
    '（一）党员队伍老龄化明显。60岁以上党员占比较高，年轻党员多在外务工、放牧，集中学习和活动时常凑不齐人。',
    '（二）集体经济底子还薄。收入主要靠草场流转和光伏分红，自己经营的产业刚刚起步，抗风险能力弱。',
    '（三）党员作用发挥不平衡。少数党员满足于完成规定动作，在环境整治、矛盾调解中主动站出来的还不够多。',
  ].join('\n'),
  原因分析: [
    '一是对发展年轻党员抓得不够早，从返乡青年、致富能手中培养入党积极分子的渠道还不宽。',
    '二是发展集体经济的思路还不够开阔，本人对市场和政策研究得少，借助上级和结对单位的力量不够。',
    '三是对党员的日常管理偏软，设岗定责后的督促和评议没有跟上。',
  ].join('\n'),
};

/** What the township committee said of the village's report, each one becoming a rectification item. */
const reviewComments = [
  {
    body: '党员活动开展得扎实，但年轻党员参与偏少，建议把在外党员纳入网格联系，用好线上学习。',
    aspect: '组织建设方面',
    responsible: '张秀兰',
    measures: '建立在外党员微信学习群，每月推送学习内容；返乡期间集中补学。',
    checkedOff: true,
  },
  {
    body: '集体经济收入结构单一，建议结合本村蜜瓜和肉羊产业谋划一个能带动农户的项目。',
    aspect: '集体经济方面',
    responsible: '王德胜',
    measures: '以合作社为平台谋划蜜瓜分拣包装点，列入下一年书记项目。',
    checkedOff: false,
  },
];

/**
 * The village's reports the way its secretary wrote them: last year's from the records with his own
 * words for the problems, submitted and reviewed by the township committee (its comments turned into
 * rectification items), and this year's first draft, which reports on those items.
 */
export function seedVillageReports(calendar: DemoCalendar) {
  const branch = db.select({ id: branches.id }).from(branches).where(eq(branches.name, '胡杨林村党支部')).get();
  if (!branch) return;
  const scope = branchOwner(branch.id);
  const secretary = loadSessionUser(demoAccountId('cunzhishu'), null)!;
  const lastYear = calendar.year(2025);
  const draft = buildDraftSections(draftFacts(scope, lastYear));
  createReport(secretary, lastYear, {
    title: draft.title,
    preamble: draft.preamble,
    sections: draft.sections.map((s) => (ownWords[s.heading] ? { ...s, body: ownWords[s.heading] } : s)),
  });
  const reviewDay = calendar.date('2026-01-20');
  if (calendar.today < reviewDay) return;

  const written = getReport(scope, lastYear)!;
  submitReport(secretary, { id: written.id, version: written.version });
  const reviewer = loadSessionUser(demoAccountId('zhendangwei'), branch.id)!;
  const submitted = getReport(scope, lastYear)!;
  gradeReport(reviewer, { id: submitted.id, version: submitted.version, grade: '好' });
  for (const comment of reviewComments) addReviewComment(reviewer, { reportId: submitted.id, body: comment.body });
  turnCommentsIntoItems(branch.id, submitted.id, calendar);

  const thisYear = lastYear + 1;
  const next = buildDraftSections(draftFacts(scope, thisYear));
  createReport(secretary, thisYear, { title: next.title, preamble: next.preamble, sections: next.sections });
}

/** The committee's items from the comments, found after the review: one checked off in May, one running. */
function turnCommentsIntoItems(branchId: number, reportId: number, calendar: DemoCalendar) {
  const personOf = (name: string) =>
    db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.branchId, branchId), eq(people.name, name)))
      .get()!.id;
  const committee = demoAccountId('cunzuzhi');
  const secretary = demoAccountId('cunzhishu');
  const comments = db
    .select({ id: reportReviewComments.id, body: reportReviewComments.body })
    .from(reportReviewComments)
    .where(eq(reportReviewComments.reportId, reportId))
    .all();
  for (const comment of reviewComments) {
    const checkedOff = comment.checkedOff && calendar.date('2026-05-20') <= calendar.today;
    const item = db
      .insert(rectificationItems)
      .values({
        branchId,
        aspect: comment.aspect,
        problem: comment.body,
        source: 'duty_review',
        sourceReportId: reportId,
        measures: comment.measures,
        responsiblePersonId: personOf(comment.responsible),
        foundDate: calendar.date('2026-01-25'),
        deadline: calendar.date(comment.checkedOff ? '2026-04-30' : '2026-12-31'),
        state: checkedOff ? 'checked_off' : 'in_progress',
        evidence: checkedOff ? '微信学习群已建立，在外党员12人全部入群，每月推送学习内容4次。' : null,
        completedAt: checkedOff ? calendar.date('2026-04-28') : null,
        completedBy: checkedOff ? committee : null,
        checkedOffAt: checkedOff ? calendar.date('2026-05-20') : null,
        checkedOffBy: checkedOff ? secretary : null,
        createdBy: committee,
      })
      .returning({ id: rectificationItems.id })
      .get();
    const source = comments.find((c) => c.body === comment.body)!;
    db.update(reportReviewComments)
      .set({ rectificationItemId: item.id })
      .where(eq(reportReviewComments.id, source.id))
      .run();
  }
}
