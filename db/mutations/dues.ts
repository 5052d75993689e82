import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { currentMonth, duesLedger } from '@/db/queries/dues';
import { inBranch } from '@/db/queries/scope';
import { duesBases, duesHandovers, duesPayments, duesReliefs, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { isMidYearChange } from '@/lib/dues/base-rules';
import { paysDues } from '@/lib/dues/model';
import { monthText } from '@/lib/dues/month';
import { paymentDue } from '@/lib/dues/payment-rules';
import type { BaseInput, HandoverInput, PaymentInput, ReliefInput } from '@/lib/dues/validation';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { formatYuan } from '@/lib/money';

/*
 * 党费 records. Each write is one transaction with its audit entries; a removal is soft and asks why,
 * because a dues ledger is a financial record the branch must be able to account for.
 */

const notAMember = '只有党员（含预备党员）交纳党费';

function memberOfBranch(tx: Transaction, user: SessionUser, personId: number) {
  const person = tx
    .select({ name: people.name, politicalStatus: people.politicalStatus })
    .from(people)
    .where(and(eq(people.id, personId), inBranch(people, user)))
    .get();
  if (!person) throw new ActionError(notFoundMessage);
  if (!paysDues(person.politicalStatus)) throw new ActionError(notAMember);
  return person;
}

/** Sets a member's base from a month on (核定, or a mid-year change, which needs its reason). */
export function setBase(user: SessionUser, input: BaseInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const person = memberOfBranch(tx, user, input.personId);
    const earlier = tx
      .select({ effectiveMonth: duesBases.effectiveMonth })
      .from(duesBases)
      .where(and(eq(duesBases.personId, input.personId), inBranch(duesBases, user), isNull(duesBases.deletedAt)))
      .all();
    if (earlier.some((b) => b.effectiveMonth === input.effectiveMonth))
      throw new ActionError(`${person.name}${monthText(input.effectiveMonth)}起已有党费基数，请先删除那条再重新核定`);
    const midYear = isMidYearChange(
      earlier.map((b) => b.effectiveMonth),
      input.effectiveMonth,
    );
    if (midYear && !input.reason) throw new ActionError('年度中间调整党费基数，请填写调整原因');
    const row = tx
      .insert(duesBases)
      .values({ ...input, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'dues.base.set', entity: 'dues_bases', entityId: row.id, after: row });
    return row.id;
  });
}

/** Records an approved 少交 or 免交. Months already paid stay paid. */
export function createRelief(user: SessionUser, input: ReliefInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const person = memberOfBranch(tx, user, input.personId);
    const overlapping = tx
      .select({ fromMonth: duesReliefs.fromMonth, untilMonth: duesReliefs.untilMonth })
      .from(duesReliefs)
      .where(and(eq(duesReliefs.personId, input.personId), inBranch(duesReliefs, user), isNull(duesReliefs.deletedAt)))
      .all()
      .find((r) => r.fromMonth <= input.untilMonth && input.fromMonth <= r.untilMonth);
    if (overlapping)
      throw new ActionError(
        `${person.name}在${monthText(overlapping.fromMonth)}至${monthText(overlapping.untilMonth)}已有少交或免交记录，时间不能重叠`,
      );
    const row = tx
      .insert(duesReliefs)
      .values({ ...input, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'dues.relief.create', entity: 'dues_reliefs', entityId: row.id, after: row });
    return row.id;
  });
}

/**
 * Records payments of one or many members for the same months. Each member's months must be owed and
 * unpaid; an amount other than what the months are due needs the reason. All or nothing.
 */
export function recordPayments(user: SessionUser, input: PaymentInput): { count: number; totalFen: number } {
  return writeWithAudit(user, (tx, audit) => {
    const now = currentMonth();
    const rows = duesLedger(user, { from: input.fromMonth, to: input.toMonth }, input.personIds);
    if (rows.length !== new Set(input.personIds).size) throw new ActionError(notFoundMessage);
    let totalFen = 0;
    for (const row of rows) {
      if (!paysDues(row.facts.member.politicalStatus)) throw new ActionError(`${row.name}：${notAMember}`);
      const due = paymentDue(row.facts, input.fromMonth, input.toMonth, now);
      if ('problem' in due) throw new ActionError(`${row.name}：${due.problem}`);
      const amountFen = input.amounts[String(row.personId)] ?? due.dueFen;
      if (amountFen !== due.dueFen && !input.reason)
        throw new ActionError(
          `${row.name}应交 ${formatYuan(due.dueFen)}，登记的是 ${formatYuan(amountFen)}：金额与应交不符，请填写原因`,
        );
      const payment = tx
        .insert(duesPayments)
        .values({
          branchId: user.branchId,
          personId: row.personId,
          fromMonth: input.fromMonth,
          toMonth: input.toMonth,
          paidOn: input.paidOn,
          amountFen,
          dueFen: due.dueFen,
          method: input.method,
          receiptNo: input.receiptNo,
          reason: amountFen === due.dueFen ? null : input.reason,
          recordedBy: user.accountId,
        })
        .returning()
        .get();
      audit({ action: 'dues.payment.record', entity: 'dues_payments', entityId: payment.id, after: payment });
      totalFen += amountFen;
    }
    return { count: rows.length, totalFen };
  });
}

/** Records dues passed to the higher committee (上缴). */
export function recordHandover(user: SessionUser, input: HandoverInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const { amount, ...values } = input;
    const row = tx
      .insert(duesHandovers)
      .values({ ...values, amountFen: amount, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'dues.handover.record', entity: 'dues_handovers', entityId: row.id, after: row });
    return row.id;
  });
}

const removable = {
  base: { table: duesBases, entity: 'dues_bases' },
  relief: { table: duesReliefs, entity: 'dues_reliefs' },
  payment: { table: duesPayments, entity: 'dues_payments' },
  handover: { table: duesHandovers, entity: 'dues_handovers' },
} as const;
export type DuesRecordKind = keyof typeof removable;

/** Removes a record entered by mistake, softly and with the reason in the audit trail. */
export function removeDuesRecord(
  user: SessionUser,
  kind: DuesRecordKind,
  input: { id: number; version: number; reason: string },
): void {
  const { table, entity } = removable[kind];
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      table,
      { id: input.id, version: input.version, branchId: user.branchId },
      { deletedAt: nowIso() },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({
      action: `dues.${kind}.remove`,
      entity,
      entityId: input.id,
      before,
      after: { ...after, reason: input.reason },
    });
  });
}
