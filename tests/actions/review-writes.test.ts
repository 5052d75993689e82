/**
 * db/report/review.ts, called directly: a reviewer grades and comments on the submitted
 * reports of their committee's branches, and turns a comment into a rectification item of the branch,
 * once. What is stored and audited, and what is refused. Over new branches with their own reports.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/report/review');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { organisations, rectificationItems, reportReviewComments, reports } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { ConflictError, notFoundMessage } = await import('@/lib/errors');
const { todayIso } = await import('@/lib/clock');
const { addDays } = await import('@/lib/dates');

const committee = db.insert(organisations).values({ name: '评议测试党委' }).returning().get();
const branch = fb.freshBranch('评议测试支部', committee.id);
const responsible = fb.addPerson(branch.id, '责任人', 'full');
const leftPerson = fb.addPerson(branch.id, '已调离', 'full', { archivedAt: '2026-01-01T00:00:00.000Z' });
const reviewer = { ...fb.addAccount(branch, 'reviewer'), branchIds: [branch.id] };
const elsewhere = fb.freshBranch('别的党委的支部');
const outsider = fb.addPerson(elsewhere.id, '外支部人员', 'full');
const foreignReviewer = { ...fb.addAccount(elsewhere, 'reviewer'), branchIds: [elsewhere.id] };

let year = 2040;
const addReport = (status: 'draft' | 'submitted' = 'submitted', branchId = branch.id) =>
  db.insert(reports).values({ branchId, year: year++, title: '述职报告', status }).returning().get();
const report = (id: number) => db.select().from(reports).where(eq(reports.id, id)).get()!;
const comment = (id: number) => db.select().from(reportReviewComments).where(eq(reportReviewComments.id, id)).get()!;
const addComment = (reportId: number, body = '意见') =>
  db
    .insert(reportReviewComments)
    .values({ reportId, branchId: report(reportId).branchId, body })
    .returning()
    .get();

const refusal = (run: () => unknown) => refusalOf(run, { conflicts: false });

describe('gradeReport', () => {
  it('grades a submitted report with who and when, audited in the report’s branch', async () => {
    const r = addReport();
    const before = f.lastAuditId();
    m.gradeReport(reviewer, { id: r.id, version: 1, grade: '较好' });
    expect(report(r.id)).toMatchObject({
      grade: '较好',
      reviewedBy: reviewer.accountId,
      reviewedAt: expect.any(String),
      version: 2,
    });
    m.gradeReport(reviewer, { id: r.id, version: 2, grade: '好' });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.branchId, a.before, a.after])).toEqual([
      ['report.grade', 'reports', r.id, branch.id, { grade: null }, { grade: '较好' }],
      ['report.grade', 'reports', r.id, branch.id, { grade: '较好' }, { grade: '好' }],
    ]);
    expect(() => m.gradeReport(reviewer, { id: r.id, version: 2, grade: '一般' })).toThrow(ConflictError);
  });

  it('refuses a draft, a report outside the reviewer’s branches, and one that does not exist', () => {
    const draft = addReport('draft');
    expect(refusal(() => m.gradeReport(reviewer, { id: draft.id, version: 1, grade: '好' })).message).toBe(
      '报告尚未提交，不能评议',
    );
    const submitted = addReport();
    expect(refusal(() => m.gradeReport(foreignReviewer, { id: submitted.id, version: 1, grade: '好' })).message).toBe(
      notFoundMessage,
    );
    expect(refusal(() => m.gradeReport(reviewer, { id: 987_654_321, version: 1, grade: '好' })).message).toBe(
      notFoundMessage,
    );
    expect(report(submitted.id).grade).toBeNull();
  });
});

describe('addReviewComment', () => {
  it('adds a comment by the reviewer to a submitted report, audited in the report’s branch', async () => {
    const r = addReport();
    const before = f.lastAuditId();
    m.addReviewComment(reviewer, { reportId: r.id, body: '组织生活会记录不够完整' });
    const rows = db.select().from(reportReviewComments).where(eq(reportReviewComments.reportId, r.id)).all();
    expect(rows).toEqual([
      expect.objectContaining({
        branchId: branch.id,
        body: '组织生活会记录不够完整',
        authorId: reviewer.accountId,
        rectificationItemId: null,
      }),
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.branchId])).toEqual([
      ['report.comment', 'report_review_comments', rows[0].id, branch.id],
    ]);
  });

  it('refuses a comment on a draft or on another committee’s report', () => {
    expect(refusal(() => m.addReviewComment(reviewer, { reportId: addReport('draft').id, body: 'x' })).message).toBe(
      '报告尚未提交，不能评议',
    );
    expect(refusal(() => m.addReviewComment(foreignReviewer, { reportId: addReport().id, body: 'x' })).message).toBe(
      notFoundMessage,
    );
  });
});

describe('commentToRectification', () => {
  it('turns a comment into an item of the branch found today, from 述职评议, and marks the comment', async () => {
    const r = addReport();
    const c = addComment(r.id, '谈心谈话开展不够');
    const deadline = addDays(todayIso(), 30);
    const before = f.lastAuditId();
    const id = m.commentToRectification(reviewer, {
      commentId: c.id,
      aspect: '组织生活',
      responsiblePersonId: responsible.id,
      deadline,
    });
    expect(db.select().from(rectificationItems).where(eq(rectificationItems.id, id)).get()).toMatchObject({
      branchId: branch.id,
      aspect: '组织生活',
      problem: '谈心谈话开展不够',
      source: 'duty_review',
      sourceReportId: r.id,
      responsiblePersonId: responsible.id,
      foundDate: todayIso(),
      deadline,
      state: 'in_progress',
      createdBy: reviewer.accountId,
    });
    expect(comment(c.id).rectificationItemId).toBe(id);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.branchId])).toEqual([
      ['rectification.create', 'rectification_items', id, branch.id],
    ]);
    expect(audit[0].after).toMatchObject({ problem: '谈心谈话开展不够', fromReviewComment: c.id });

    expect(
      refusal(() =>
        m.commentToRectification(reviewer, {
          commentId: c.id,
          aspect: '组织生活',
          responsiblePersonId: responsible.id,
          deadline,
        }),
      ).message,
    ).toBe('这条意见已转为整改事项');
  });

  it('takes a deadline of today, but not one before it', () => {
    const c = addComment(addReport().id);
    expect(
      refusal(() =>
        m.commentToRectification(reviewer, {
          commentId: c.id,
          aspect: 'a',
          responsiblePersonId: responsible.id,
          deadline: addDays(todayIso(), -1),
        }),
      ),
    ).toEqual({
      message: '整改时限不能早于今天',
      fieldErrors: { deadline: ['整改时限不能早于今天'] },
    });
    expect(comment(c.id).rectificationItemId).toBeNull();
    const id = m.commentToRectification(reviewer, {
      commentId: c.id,
      aspect: 'a',
      responsiblePersonId: responsible.id,
      deadline: todayIso(),
    });
    expect(comment(c.id).rectificationItemId).toBe(id);
  });

  it('refuses a responsible person who left or is in another branch, and a comment outside the reviewer’s branches', () => {
    const c = addComment(addReport().id);
    const wrongPerson = {
      message: '责任人须为该支部人员',
      fieldErrors: { responsiblePersonId: ['请选择该支部的人员'] },
    };
    const deadline = addDays(todayIso(), 10);
    expect(
      refusal(() =>
        m.commentToRectification(reviewer, {
          commentId: c.id,
          aspect: 'a',
          responsiblePersonId: leftPerson.id,
          deadline,
        }),
      ),
    ).toEqual(wrongPerson);
    expect(
      refusal(() =>
        m.commentToRectification(reviewer, {
          commentId: c.id,
          aspect: 'a',
          responsiblePersonId: outsider.id,
          deadline,
        }),
      ),
    ).toEqual(wrongPerson);
    expect(
      refusal(() =>
        m.commentToRectification(foreignReviewer, {
          commentId: c.id,
          aspect: 'a',
          responsiblePersonId: responsible.id,
          deadline,
        }),
      ).message,
    ).toBe(notFoundMessage);
    expect(
      refusal(() =>
        m.commentToRectification(reviewer, {
          commentId: 987_654_321,
          aspect: 'a',
          responsiblePersonId: responsible.id,
          deadline,
        }),
      ).message,
    ).toBe(notFoundMessage);
    expect(comment(c.id).rectificationItemId).toBeNull();
  });
});
