import 'server-only';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { branches } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import type { BranchKindInput } from '@/lib/branches/validation';
import { ActionError } from '@/lib/errors';

/**
 * Sets the kind of organisation the branch belongs to. Only what comes later follows it (the defaults of
 * new things, the report's first draft): meeting kinds, categories and ledgers already there keep their names.
 */
export function setBranchKind(user: SessionUser, input: BranchKindInput): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      branches,
      { id: user.branchId, branchId: user.branchId, version: input.version },
      { kind: input.kind },
    );
    if (before.kind === input.kind) throw new ActionError('单位类别没有变化', { kind: ['与现在的类别相同'] });
    audit({ action: 'branch.set_kind', entity: 'branches', entityId: user.branchId, before, after });
  });
}
