/**
 * db/report/continuation.ts and db/report/queries.ts: next year's draft continued from last
 * year's report (its text with the year moved on, and a closing part on last year's problems and
 * plans), a report with its sections, the assignable writers, the reviewer's overview and comments.
 * Over new branches holding only the reports and records inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { continuationDraft } = await import('@/db/report/continuation');
const rq = await import('@/db/report/queries');
const fb = await import('@/tests/queries/fresh-branch');
const { accounts, committees, projects, reportReviewComments, reportSections, reports } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const committee = db.insert(committees).values({ name: '述职测试党委' }).returning().get();
const branch = fb.freshBranch('延续测试支部', committee.id);
const empty = fb.freshBranch('延续测试空支部', committee.id);
const outsideCommittee = fb.freshBranch('述职测试别的党委的支部');

const person = fb.addPerson(branch.id, '责任人', 'full');
const committeePerson = fb.addPerson(branch.id, '支委甲', 'full', { committeeTitle: '组织委员' });
const secretaryPerson = fb.addPerson(branch.id, '书记乙', 'full', { committeeTitle: '书记' });

function addReport(
  branchId: number,
  year: number,
  preamble: string,
  sections: { level: number; heading: string; body: string; deletedAt?: string }[],
) {
  const report = db
    .insert(reports)
    .values({ branchId, year, title: `${year}年报告`, preamble })
    .returning()
    .get();
  sections.forEach((s, i) =>
    db
      .insert(reportSections)
      .values({ reportId: report.id, branchId, sortOrder: (sections.length - i) * 10, ...s })
      .run(),
  );
  return report;
}

// Inserted with descending sort orders: the draft follows the report's order, not the insertion order.
const last = addReport(branch.id, 2025, '2025年，支部围绕2025年度目标开展工作。', [
  { level: 2, heading: '（一）第三部分', body: '正文三' },
  { level: 2, heading: '已删除', body: '不应出现', deletedAt: '2025-12-01T00:00:00.000Z' },
  { level: 2, heading: '（一）第二部分', body: '正文二' },
  { level: 1, heading: '一、第一部分', body: '正文一' },
]);

// Problems found in 2025 (one removed, one found in 2024), and 书记项目 starting in 2026.
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-09-01',
  deadline: '2025-12-31',
  problem: '学习不够深入。',
  state: 'checked_off',
});
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-03-01',
  deadline: '2025-06-30',
  problem: '制度执行不严；台账有缺漏；',
  state: 'completed',
});
fb.addRectification(branch.id, person.id, { foundDate: '2025-11-01', deadline: '2026-03-01', problem: '台账不全' });
fb.addRectification(branch.id, person.id, {
  foundDate: '2025-05-01',
  deadline: '2025-06-01',
  problem: '已删除的问题',
  deletedAt: '2025-05-02T00:00:00.000Z',
});
fb.addRectification(branch.id, person.id, { foundDate: '2024-12-31', deadline: '2025-03-01', problem: '前年的问题' });
const project = (values: Partial<typeof projects.$inferInsert> & { name: string; startDate: string }) =>
  db
    .insert(projects)
    .values({ branchId: branch.id, kind: '书记项目', status: 'active', ...values })
    .run();
project({ name: '乡村振兴', startDate: '2026-03-01', status: 'planned' });
project({ name: '党建引领', startDate: '2026-01-01' });
project({ name: '去年的书记项目', startDate: '2025-01-01', status: 'completed' });
project({ name: '已删除的书记项目', startDate: '2026-02-01', deletedAt: '2026-02-02T00:00:00.000Z' });
project({ name: '结对项目', startDate: '2026-02-01', kind: '结对共建' });

describe('continuationDraft', () => {
  it('carries last year’s preamble and live sections in order, the year moved on', () => {
    const draft = continuationDraft({ branchId: branch.id }, 2026)!;
    expect(draft.preamble).toBe('2026年，支部围绕2026年度目标开展工作。');
    expect(draft.continuedFromId).toBe(last.id);
    expect(draft.sections.slice(0, 3)).toEqual([
      { level: 1, heading: '一、第一部分', body: '正文一' },
      { level: 2, heading: '（一）第二部分', body: '正文二' },
      { level: 2, heading: '（一）第三部分', body: '正文三' },
    ]);
  });

  it('closes with last year’s problems and their state, and the 书记项目 planned for this year', () => {
    const draft = continuationDraft({ branchId: branch.id }, 2026)!;
    expect(draft.sections).toHaveLength(4);
    expect(draft.sections[3]).toEqual({
      level: 1,
      heading: '对照2025年报告的落实情况',
      body:
        '2025年查摆的问题整改情况：制度执行不严；台账有缺漏（已完成）；学习不够深入（已销号）；台账不全（整改中）。\n' +
        '2025年计划的书记项目落实情况：党建引领（进行中）；乡村振兴（计划中）。',
    });
  });

  it('says when last year had no problems or plans', () => {
    addReport(empty.id, 2025, '前言', [{ level: 1, heading: '一', body: '正文' }]);
    const draft = continuationDraft({ branchId: empty.id }, 2026)!;
    expect(draft.sections.at(-1)).toEqual({
      level: 1,
      heading: '对照2025年报告的落实情况',
      body: '2025年未登记查摆问题。\n2025年未登记下一年度的书记项目计划。',
    });
  });

  it('gives nothing when there is no report of last year', () => {
    expect(continuationDraft({ branchId: branch.id }, 2025)).toBeNull();
    expect(continuationDraft({ branchId: branch.id }, 2027)).toBeNull();
  });
});

describe('reports queries', () => {
  const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);
  const committeeAccount = fb.addAccount(branch, 'committee', committeePerson.id);
  fb.addAccount(branch, 'member', person.id);
  const disabled = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '停用支委', 'full').id);
  db.update(accounts).set({ disabledAt: '2026-01-01T00:00:00.000Z' }).where(eq(accounts.id, disabled.accountId)).run();

  it('getReport gives the report’s live sections in order with their writer, and nothing for a year without one', () => {
    const [first] = db.select().from(reportSections).where(eq(reportSections.heading, '一、第一部分')).all();
    db.update(reportSections)
      .set({ assigneeId: committeeAccount.accountId })
      .where(eq(reportSections.id, first.id))
      .run();
    const report = rq.getReport({ branchId: branch.id }, 2025)!;
    expect(report.sections.map((s) => [s.level, s.heading, s.assigneeName])).toEqual([
      [1, '一、第一部分', '支委甲'],
      [2, '（一）第二部分', null],
      [2, '（一）第三部分', null],
    ]);
    expect(report.sections[0].assigneeId).toBe(committeeAccount.accountId);
    expect(report.overrides).toEqual([]);
    expect(rq.getReport({ branchId: branch.id }, 2024)).toBeNull();
  });

  it('listAssignableAccounts lists the branch’s committee and secretary accounts that can sign in, by person', () => {
    expect(rq.listAssignableAccounts(secretary)).toEqual([
      { id: committeeAccount.accountId, name: '支委甲', committeeTitle: '组织委员' },
      { id: secretary.accountId, name: '书记乙', committeeTitle: '书记' },
    ]);
  });

  it('reportsForReview lists every branch the reviewer reads with its report of the year, if any', () => {
    const reviewer = { ...fb.userOf(branch, 'reviewer'), branchIds: [branch.id, empty.id] };
    db.update(reports)
      .set({ status: 'submitted', submittedAt: '2026-01-10T00:00:00.000Z', grade: '好' })
      .where(eq(reports.id, last.id))
      .run();
    expect(rq.reportsForReview(reviewer, 2025)).toEqual([
      {
        branchId: branch.id,
        branchName: '延续测试支部',
        reportId: last.id,
        status: 'submitted',
        submittedAt: '2026-01-10T00:00:00.000Z',
        grade: '好',
      },
      {
        branchId: empty.id,
        branchName: '延续测试空支部',
        reportId: expect.any(Number),
        status: 'draft',
        submittedAt: null,
        grade: null,
      },
    ]);
    expect(rq.reportsForReview(reviewer, 2030)).toEqual([
      { branchId: branch.id, branchName: '延续测试支部', reportId: null, status: null, submittedAt: null, grade: null },
      {
        branchId: empty.id,
        branchName: '延续测试空支部',
        reportId: null,
        status: null,
        submittedAt: null,
        grade: null,
      },
    ]);
    expect(rq.reportsForReview(reviewer, 2025).map((r) => r.branchId)).not.toContain(outsideCommittee.id);
  });

  it('listReviewComments lists a report’s comments in order with their author', () => {
    const author = fb.addAccount(branch, 'reviewer');
    db.update(accounts).set({ displayName: '审阅人丙' }).where(eq(accounts.id, author.accountId)).run();
    const first = db
      .insert(reportReviewComments)
      .values({ reportId: last.id, branchId: branch.id, body: '第一条意见', authorId: author.accountId })
      .returning()
      .get();
    const second = db
      .insert(reportReviewComments)
      .values({ reportId: last.id, branchId: branch.id, body: '第二条意见', rectificationItemId: 7 })
      .returning()
      .get();
    expect(rq.listReviewComments(last.id)).toEqual([
      { id: first.id, body: '第一条意见', createdAt: first.createdAt, rectificationItemId: null, author: '审阅人丙' },
      { id: second.id, body: '第二条意见', createdAt: second.createdAt, rectificationItemId: 7, author: null },
    ]);
  });
});
