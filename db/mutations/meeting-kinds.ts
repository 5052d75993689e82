import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { inBranch } from '@/db/queries/scope';
import { meetingKinds } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { ActionError } from '@/lib/errors';
import type { kindRuleSchema, newKindSchema } from '@/lib/meetings/validation';
import type { z } from '@/lib/validation/zod';

export function updateKindRule(user: SessionUser, input: z.infer<typeof kindRuleSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      meetingKinds,
      { ...input, branchId: user.branchId },
      {
        period: input.period,
        minCount: input.period ? input.minCount : 0,
      },
    );
    audit({ action: 'meeting_kind.update_rule', entity: 'meeting_kinds', entityId: input.id, before, after });
  });
}

export function addMeetingKind(user: SessionUser, input: z.infer<typeof newKindSchema>): number {
  return writeWithAudit(user, (tx, audit) => {
    const taken = tx
      .select({ id: meetingKinds.id })
      .from(meetingKinds)
      .where(and(inBranch(meetingKinds, user), eq(meetingKinds.name, input.name)))
      .get();
    if (taken) throw new ActionError('已有同名的会议类型', { name: ['已有同名的会议类型'] });
    const last = tx
      .select({ n: max(meetingKinds.sortOrder) })
      .from(meetingKinds)
      .where(inBranch(meetingKinds, user))
      .get();
    const row = tx
      .insert(meetingKinds)
      .values({
        branchId: user.branchId,
        name: input.name,
        attendeeScope: input.attendeeScope === 'group' ? 'members' : input.attendeeScope,
        period: input.period,
        minCount: input.period ? Math.max(1, input.minCount) : 0,
        sortOrder: (last?.n ?? 0) + 1,
      })
      .returning()
      .get();
    audit({ action: 'meeting_kind.create', entity: 'meeting_kinds', entityId: row.id, after: row });
    return row.id;
  });
}
