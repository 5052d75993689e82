import 'server-only';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { commitmentLetters } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { LetterInput, LetterUpdateInput } from '@/lib/integrity/validation';

export function createLetter(user: SessionUser, input: LetterInput): number {
  return writeWithAudit(user, (tx, audit) => {
    const row = tx
      .insert(commitmentLetters)
      .values({ ...input, branchId: user.branchId })
      .returning()
      .get();
    audit({ action: 'commitment_letter.create', entity: 'commitment_letters', entityId: row.id, after: row });
    return row.id;
  });
}

export function updateLetter(user: SessionUser, input: LetterUpdateInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(tx, commitmentLetters, { id, version, branchId: user.branchId }, values);
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'commitment_letter.update', entity: 'commitment_letters', entityId: id, before, after });
  });
}

/** Removes a letter softly; its scans stay attached to the removed record. */
export function removeLetter(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      commitmentLetters,
      { ...input, branchId: user.branchId },
      {
        deletedAt: nowIso(),
      },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'commitment_letter.remove', entity: 'commitment_letters', entityId: input.id, before, after });
  });
}
