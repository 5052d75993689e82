import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '@/lib/auth/session-user';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { z } from '@/lib/validation/zod';
import type { talkRefSchema, talkSchema } from '@/lib/validation/meetings';
import { people, talks } from '../schema';
import { updateVersioned, writeWithAudit } from './write';
import { nowIso } from '@/lib/clock';

export function createTalk(user: SessionUser, input: z.infer<typeof talkSchema>): number {
  return writeWithAudit(user, (tx, audit) => {
    const found = tx
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, [input.initiatorId, input.partnerId]), eq(people.branchId, user.branchId)))
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
    const { before, after } = updateVersioned(tx, talks, { ...input, branchId: user.branchId }, {
      deletedAt: nowIso(),
    });
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'talk.remove', entity: 'talks', entityId: input.id, before, after });
  });
}
