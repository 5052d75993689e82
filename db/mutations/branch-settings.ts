import 'server-only';
import { eq } from 'drizzle-orm';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { branches } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { ActionError } from '@/lib/errors';
import type { completeSetupSchema, noticeFourEyesSchema, recordsFromSchema } from '@/lib/settings/validation';
import type { z } from '@/lib/validation/zod';

export function setRecordsFrom(user: SessionUser, input: z.infer<typeof recordsFromSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      branches,
      { id: user.branchId, branchId: user.branchId, version: input.version },
      { recordsFrom: input.recordsFrom },
    );
    audit({
      action: 'branch.set_records_from',
      entity: 'branches',
      entityId: user.branchId,
      before,
      after: { ...after, reason: input.reason },
    });
  });
}

export function setNoticeFourEyes(user: SessionUser, input: z.infer<typeof noticeFourEyesSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      branches,
      { id: user.branchId, branchId: user.branchId, version: input.version },
      { noticeFourEyes: input.noticeFourEyes },
    );
    audit({ action: 'branch.set_notice_four_eyes', entity: 'branches', entityId: user.branchId, before, after });
  });
}

export function completeSetup(user: SessionUser, input: z.infer<typeof completeSetupSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const branch = tx
      .select({ setupDoneOn: branches.setupDoneOn })
      .from(branches)
      .where(eq(branches.id, user.branchId))
      .get();
    if (branch?.setupDoneOn) throw new ActionError(`上线准备已于${branch.setupDoneOn}完成`);
    const { before, after } = updateVersioned(
      tx,
      branches,
      { id: user.branchId, branchId: user.branchId, version: input.version },
      { setupDoneOn: todayIso() },
    );
    audit({ action: 'branch.complete_setup', entity: 'branches', entityId: user.branchId, before, after });
  });
}
