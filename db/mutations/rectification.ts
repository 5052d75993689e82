import 'server-only';
import { and, count, eq } from 'drizzle-orm';
import { db } from '@/db';
import type { Executor, Transaction } from '@/db/client';
import { addAttachment, removeAttachment } from '@/db/mutations/attachments';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { currentIn, inBranch, live, liveIn } from '@/db/queries/scope';
import { attachments, meetings, people, rectificationItems } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { ActionError, notFoundMessage, refuseIf } from '@/lib/errors';
import { rectificationEntity } from '@/lib/rectification/model';
import {
  checkOffRefusal,
  completionRefusal,
  editRefusal,
  evidenceRefusal,
  type RectificationFacts,
  reopenRefusal,
} from '@/lib/rectification/rules';
import type { RectificationInput } from '@/lib/rectification/validation';

/**
 * The item with what the state machine needs, if the user may act on it: anyone with
 * `rectification.write` in the branch, otherwise only the person responsible for it.
 */
function loadItem(executor: Executor, user: SessionUser, id: number): RectificationFacts {
  const item = executor
    .select({
      state: rectificationItems.state,
      responsiblePersonId: rectificationItems.responsiblePersonId,
      evidence: rectificationItems.evidence,
      completedBy: rectificationItems.completedBy,
    })
    .from(rectificationItems)
    .where(and(eq(rectificationItems.id, id), liveIn(rectificationItems, user)))
    .get();
  const mayAct =
    item &&
    (can(user, 'rectification.write') || (user.personId !== null && user.personId === item.responsiblePersonId));
  if (!mayAct) throw new ActionError(notFoundMessage);
  const files = executor
    .select({ n: count() })
    .from(attachments)
    .where(and(eq(attachments.entity, rectificationEntity), eq(attachments.entityId, id), live(attachments)))
    .get()!;
  return { ...item, attachmentCount: files.n };
}

function checkReferences(tx: Transaction, user: SessionUser, input: RectificationInput) {
  const person = tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, input.responsiblePersonId), currentIn(people, user)))
    .get();
  if (!person) throw new ActionError('责任人须为本支部人员', { responsiblePersonId: ['请选择本支部的人员'] });
  if (input.sourceMeetingId) {
    const meeting = tx
      .select({ id: meetings.id })
      .from(meetings)
      .where(and(eq(meetings.id, input.sourceMeetingId), liveIn(meetings, user)))
      .get();
    if (!meeting) throw new ActionError('所选会议不属于本支部', { sourceMeetingId: ['请选择本支部的会议'] });
  }
}

export function createRectification(user: SessionUser, input: RectificationInput): number {
  return writeWithAudit(user, (tx, audit) => {
    checkReferences(tx, user, input);
    const row = tx
      .insert(rectificationItems)
      .values({ ...input, branchId: user.branchId, createdBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'rectification.create', entity: rectificationEntity, entityId: row.id, after: row });
    return row.id;
  });
}

export function updateRectification(
  user: SessionUser,
  input: RectificationInput & { id: number; version: number },
): void {
  const { id, version, ...fields } = input;
  writeWithAudit(user, (tx, audit) => {
    refuseIf(editRefusal(loadItem(tx, user, id)));
    checkReferences(tx, user, fields);
    const { before, after } = updateVersioned(tx, rectificationItems, { id, version, branchId: user.branchId }, fields);
    audit({ action: 'rectification.update', entity: rectificationEntity, entityId: id, before, after });
  });
}

/** Saves what was done; with `complete`, also marks the item 已完成 (evidence required). */
export function submitEvidence(
  user: SessionUser,
  input: { id: number; version: number; evidence: string | null; complete: boolean },
): 'saved' | 'completed' {
  return writeWithAudit(user, (tx, audit) => {
    const item = loadItem(tx, user, input.id);
    refuseIf(evidenceRefusal(item));
    if (input.complete) refuseIf(completionRefusal({ ...item, evidence: input.evidence }), 'evidence');
    const completion = input.complete
      ? { state: 'completed' as const, completedAt: todayIso(), completedBy: user.accountId }
      : {};
    const { before, after } = updateVersioned(
      tx,
      rectificationItems,
      { id: input.id, version: input.version, branchId: user.branchId },
      { evidence: input.evidence, ...completion },
    );
    audit({
      action: input.complete ? 'rectification.complete' : 'rectification.evidence',
      entity: rectificationEntity,
      entityId: input.id,
      before,
      after,
    });
    return input.complete ? 'completed' : 'saved';
  });
}

export function checkOff(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    refuseIf(checkOffRefusal(loadItem(tx, user, input.id), user));
    const { before, after } = updateVersioned(
      tx,
      rectificationItems,
      { ...input, branchId: user.branchId },
      { state: 'checked_off', checkedOffAt: todayIso(), checkedOffBy: user.accountId },
    );
    audit({ action: 'rectification.check_off', entity: rectificationEntity, entityId: input.id, before, after });
  });
}

/** The secretary sends an item back to 整改中; the reason stays on the item and in the audit log. */
export function reopen(user: SessionUser, input: { id: number; version: number; reason: string }): void {
  writeWithAudit(user, (tx, audit) => {
    refuseIf(reopenRefusal(loadItem(tx, user, input.id), input.reason), 'reason');
    const { before, after } = updateVersioned(
      tx,
      rectificationItems,
      { id: input.id, version: input.version, branchId: user.branchId },
      {
        state: 'in_progress',
        completedAt: null,
        completedBy: null,
        checkedOffAt: null,
        checkedOffBy: null,
        reopenReason: input.reason,
      },
    );
    audit({ action: 'rectification.reopen', entity: rectificationEntity, entityId: input.id, before, after });
  });
}

/** Files of the evidence; the item is checked first, the file then stored in its own transaction. */
export async function addEvidenceFile(user: SessionUser, itemId: number, file: File): Promise<void> {
  refuseIf(evidenceRefusal(loadItem(db, user, itemId)));
  await addAttachment(user, rectificationEntity, itemId, file);
}

export function removeEvidenceFile(user: SessionUser, attachmentId: number): void {
  const file = db
    .select({ entityId: attachments.entityId })
    .from(attachments)
    .where(
      and(eq(attachments.id, attachmentId), eq(attachments.entity, rectificationEntity), inBranch(attachments, user)),
    )
    .get();
  if (!file) throw new ActionError(notFoundMessage);
  refuseIf(evidenceRefusal(loadItem(db, user, file.entityId)));
  removeAttachment(user, rectificationEntity, attachmentId);
}
