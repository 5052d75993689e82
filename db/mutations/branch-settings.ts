import 'server-only';
import type { SessionUser } from '@/lib/auth/session-user';
import type { recordsFromSchema } from '@/lib/validation/branch-settings';
import type { z } from '@/lib/validation/zod';
import { branches } from '../schema';
import { updateVersioned, writeWithAudit } from './write';

export function setRecordsFrom(user: SessionUser, input: z.infer<typeof recordsFromSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(tx, branches, { id: user.branchId, branchId: user.branchId, version: input.version }, { recordsFrom: input.recordsFrom });
    audit({ action: 'branch.set_records_from', entity: 'branches', entityId: user.branchId, before, after: { ...after, reason: input.reason } });
  });
}
