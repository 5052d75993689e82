import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { inBranch } from '@/db/queries/scope';
import { people, personDisciplines } from '@/db/schema';
import { maskValue } from '@/lib/audit/mask';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import { mayBeDisciplined, notAMemberMessage } from '@/lib/people/discipline';
import type { CreateDisciplineInput, UpdateDisciplineInput } from '@/lib/people/validation';

/*
 * 党纪处分 on a person. They are private like an ID number: the audit keeps the kind, dates and deciding
 * body so the trail shows what changed, and masks the reason as it masks other private text.
 */

type DisciplineRow = typeof personDisciplines.$inferSelect;

const audited = (row: DisciplineRow) => ({ ...row, reason: maskValue(row.reason) });

function refuseNonMember(tx: Transaction, user: SessionUser, personId: number) {
  const person = tx
    .select({ politicalStatus: people.politicalStatus, probationaryDate: people.probationaryDate })
    .from(people)
    .where(and(eq(people.id, personId), inBranch(people, user)))
    .get();
  if (!person) throw new ActionError(notFoundMessage);
  if (!mayBeDisciplined(person)) throw new ActionError(notAMemberMessage);
}

export function createDiscipline(user: SessionUser, input: CreateDisciplineInput): number {
  return writeWithAudit(user, (tx, audit) => {
    refuseNonMember(tx, user, input.personId);
    const row = tx
      .insert(personDisciplines)
      .values({ ...input, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'discipline.create', entity: 'person_disciplines', entityId: row.id, after: audited(row) });
    return row.id;
  });
}

export function updateDiscipline(user: SessionUser, input: UpdateDisciplineInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(tx, personDisciplines, { id, version, branchId: user.branchId }, values);
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({
      action: 'discipline.update',
      entity: 'person_disciplines',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
  });
}

/** Removes a record softly (entered by mistake, or the decision was withdrawn); the audit keeps it. */
export function removeDiscipline(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      personDisciplines,
      { ...input, branchId: user.branchId },
      { deletedAt: nowIso() },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({
      action: 'discipline.remove',
      entity: 'person_disciplines',
      entityId: input.id,
      before: audited(before),
      after: audited(after),
    });
  });
}
