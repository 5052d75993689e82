import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { currentIn } from '@/db/queries/scope';
import { standsAbove } from '@/db/report/access';
import { people, rectificationItems, reportReviewComments, reports } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso, todayIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { rectificationEntity } from '@/lib/rectification/model';
import type { ReportGrade } from '@/lib/report/model';

/** A submitted report the reviewer stands above. */
function submittedReport(tx: Transaction, user: SessionUser, id: number) {
  const report = tx.select().from(reports).where(eq(reports.id, id)).get();
  if (!report || !standsAbove(user, report)) throw new ActionError(notFoundMessage);
  if (report.status !== 'submitted') throw new ActionError('报告尚未提交，不能评议');
  return report;
}

export function gradeReport(user: SessionUser, input: { id: number; version: number; grade: ReportGrade }): void {
  writeWithAudit(user, (tx, audit) => {
    const report = submittedReport(tx, user, input.id);
    const key = report.branchId !== null ? { branchId: report.branchId } : { organisationId: report.organisationId! };
    const { before, after } = updateVersioned(
      tx,
      reports,
      { id: input.id, version: input.version, ...key },
      { grade: input.grade, reviewedAt: nowIso(), reviewedBy: user.accountId },
    );
    audit({
      action: 'report.grade',
      entity: 'reports',
      entityId: input.id,
      branchId: report.branchId,
      organisationId: report.organisationId,
      before: { grade: before.grade },
      after: { grade: after.grade },
    });
  });
}

export function addReviewComment(user: SessionUser, input: { reportId: number; body: string }): void {
  writeWithAudit(user, (tx, audit) => {
    const report = submittedReport(tx, user, input.reportId);
    const row = tx
      .insert(reportReviewComments)
      .values({
        reportId: report.id,
        branchId: report.branchId,
        organisationId: report.organisationId,
        body: input.body,
        authorId: user.accountId,
      })
      .returning()
      .get();
    audit({
      action: 'report.comment',
      entity: 'report_review_comments',
      entityId: row.id,
      branchId: report.branchId,
      organisationId: report.organisationId,
      after: row,
    });
  });
}

/** Turns a review comment into a rectification item of the branch (source 述职评议), once. */
export function commentToRectification(
  user: SessionUser,
  input: { commentId: number; aspect: string; responsiblePersonId: number; deadline: string },
): number {
  return writeWithAudit(user, (tx, audit) => {
    const comment = tx.select().from(reportReviewComments).where(eq(reportReviewComments.id, input.commentId)).get();
    if (!comment || !standsAbove(user, comment)) throw new ActionError(notFoundMessage);
    if (comment.rectificationItemId) throw new ActionError('这条意见已转为整改事项');
    const branchId = comment.branchId;
    // An organisation's own report has no branch to rectify in; its problems go to its branches by hand.
    if (branchId === null) throw new ActionError('党组织述职报告的意见不能转为支部的整改事项');
    const person = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, input.responsiblePersonId), currentIn(people, { branchId })))
      .get();
    if (!person) throw new ActionError('责任人须为该支部人员', { responsiblePersonId: ['请选择该支部的人员'] });
    const today = todayIso();
    if (input.deadline < today) throw new ActionError('整改时限不能早于今天', { deadline: ['整改时限不能早于今天'] });
    const item = tx
      .insert(rectificationItems)
      .values({
        branchId,
        aspect: input.aspect,
        problem: comment.body,
        source: 'duty_review',
        sourceReportId: comment.reportId,
        responsiblePersonId: person.id,
        foundDate: today,
        deadline: input.deadline,
        createdBy: user.accountId,
      })
      .returning()
      .get();
    tx.update(reportReviewComments)
      .set({ rectificationItemId: item.id, updatedAt: nowIso() })
      .where(eq(reportReviewComments.id, comment.id))
      .run();
    audit({
      action: 'rectification.create',
      entity: rectificationEntity,
      entityId: item.id,
      branchId,
      after: { ...item, fromReviewComment: comment.id },
    });
    return item.id;
  });
}
