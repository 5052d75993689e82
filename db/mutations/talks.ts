import 'server-only';
import { and, inArray } from 'drizzle-orm';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { inBranch } from '@/db/queries/scope';
import { people, talks } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { talkRefSchema, talkSchema } from '@/lib/meetings/validation';
import type { z } from '@/lib/validation/zod';

export function createTalk(user: SessionUser, input: z.infer<typeof talkSchema>): number {
  return writeWithAudit(user, (tx, audit) => {
    const found = tx
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, [input.initiatorId, input.partnerId]), inBranch(people, user)))
      .all();
    if (found.length !== 2) throw new ActionError('谈话双方须为本支部人员');
    const row = tx
      .insert(talks)
      .values({ ...input, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'talk.create', entity: 'talks', entityId: row.id, after: row });
    return row.id;
  });
}

export function removeTalk(user: SessionUser, input: z.infer<typeof talkRefSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      talks,
      { ...input, branchId: user.branchId },
      {
        deletedAt: nowIso(),
      },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'talk.remove', entity: 'talks', entityId: input.id, before, after });
  });
}
