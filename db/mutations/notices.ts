import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import type { Executor } from '@/db/client';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { inBranch } from '@/db/queries/scope';
import { attachments, branches, noticeReads, notices } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso, todayIso } from '@/lib/clock';
import { ActionError, notFoundMessage, refuseIf } from '@/lib/errors';
import {
  editRefusal,
  fourEyesRefusal,
  type NoticeStep,
  noticeSteps,
  readRefusal,
  stepRefusal,
  withdrawRefusal,
} from '@/lib/notices/rules';
import { type NoticeState, noticeEntity } from '@/lib/rectification/model';

type NoticeFields = { title: string; category: string; content: string };
type Ref = { id: number; version: number };

/** Whether the branch has the four-eyes rule, and who proposed the item (when the rule needs it). */
function fourEyesProposer(executor: Executor, user: SessionUser, id: number): number | null {
  const row = executor
    .select({ fourEyes: branches.noticeFourEyes, proposedBy: notices.proposedBy })
    .from(notices)
    .innerJoin(branches, eq(branches.id, notices.branchId))
    .where(and(eq(notices.id, id), inBranch(notices, user)))
    .get();
  return row?.fourEyes ? row.proposedBy : null;
}

function stateOf(executor: Executor, user: SessionUser, id: number): NoticeState {
  const row = executor
    .select({ state: notices.state })
    .from(notices)
    .where(and(eq(notices.id, id), inBranch(notices, user)))
    .get();
  if (!row) throw new ActionError(notFoundMessage);
  return row.state;
}

/** 提出: a committee member puts an item forward for review. */
export function createNotice(user: SessionUser, input: NoticeFields): number {
  return writeWithAudit(user, (tx, audit) => {
    const row = tx
      .insert(notices)
      .values({ ...input, branchId: user.branchId, proposedBy: user.accountId, proposedAt: todayIso() })
      .returning()
      .get();
    audit({ action: 'notice.propose', entity: noticeEntity, entityId: row.id, after: row });
    return row.id;
  });
}

export function updateNotice(user: SessionUser, input: NoticeFields & Ref): void {
  const { id, version, ...fields } = input;
  writeWithAudit(user, (tx, audit) => {
    refuseIf(editRefusal(stateOf(tx, user, id)));
    const { before, after } = updateVersioned(tx, notices, { id, version, branchId: user.branchId }, fields);
    audit({ action: 'notice.update', entity: noticeEntity, entityId: id, before, after });
  });
}

function stepValues(step: NoticeStep, user: SessionUser, reviewNote: string | null) {
  const today = todayIso();
  switch (step) {
    case 'review':
      return { reviewedBy: user.accountId, reviewedAt: today, secrecyChecked: true, reviewNote };
    case 'approve':
      return { approvedBy: user.accountId, approvedAt: today };
    case 'publish':
      return { publishedAt: today };
  }
}

/** Moves an item one step along 提出 → 审核 → 审批 → 公开. */
export function advanceNotice(
  user: SessionUser,
  step: NoticeStep,
  input: Ref & { secrecyChecked?: boolean; reviewNote?: string | null },
): void {
  writeWithAudit(user, (tx, audit) => {
    refuseIf(
      stepRefusal(stateOf(tx, user, input.id), step, input.secrecyChecked ?? false),
      step === 'review' ? 'secrecyChecked' : undefined,
    );
    refuseIf(fourEyesRefusal(step, user.accountId, fourEyesProposer(tx, user, input.id)));
    const { before, after } = updateVersioned(
      tx,
      notices,
      { id: input.id, version: input.version, branchId: user.branchId },
      { state: noticeSteps[step].to, ...stepValues(step, user, input.reviewNote ?? null) },
    );
    audit({ action: `notice.${step}`, entity: noticeEntity, entityId: input.id, before, after });
  });
}

export function withdrawNotice(user: SessionUser, input: Ref): void {
  writeWithAudit(user, (tx, audit) => {
    refuseIf(withdrawRefusal(stateOf(tx, user, input.id), can(user, 'notices.approve')));
    const { before, after } = updateVersioned(
      tx,
      notices,
      { ...input, branchId: user.branchId },
      { state: 'withdrawn' },
    );
    audit({ action: 'notice.withdraw', entity: noticeEntity, entityId: input.id, before, after });
  });
}

/** A member's own "已读" on a published item; marking it again changes nothing. */
export function markNoticeRead(user: SessionUser & { personId: number }, id: number): void {
  writeWithAudit(user, (tx, audit) => {
    refuseIf(readRefusal(stateOf(tx, user, id)));
    const row = tx
      .insert(noticeReads)
      .values({ noticeId: id, branchId: user.branchId, personId: user.personId, readAt: nowIso() })
      .onConflictDoNothing()
      .returning()
      .get();
    if (row)
      audit({
        action: 'notice.read',
        entity: noticeEntity,
        entityId: id,
        after: { personId: row.personId, readAt: row.readAt },
      });
  });
}

/** Files go with the content: added and removed only before review, like the text. */
export async function addNoticeFile(user: SessionUser, noticeId: number, file: File): Promise<void> {
  refuseIf(editRefusal(stateOf(db, user, noticeId)));
  await addAttachment(user, noticeEntity, noticeId, file);
}

export function removeNoticeFile(user: SessionUser, attachmentId: number): void {
  const file = db
    .select({ entityId: attachments.entityId })
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.entity, noticeEntity), inBranch(attachments, user)))
    .get();
  if (!file) throw new ActionError(notFoundMessage);
  refuseIf(editRefusal(stateOf(db, user, file.entityId)));
  removeAttachment(user, noticeEntity, attachmentId);
}
