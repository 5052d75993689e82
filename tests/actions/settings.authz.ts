/**
 * The branch's settings (its kind among them) and party groups: app/(app)/settings/actions.ts (branch.settings).
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { branches, partyGroups } from '@/db/schema';
import { branchKinds } from '@/lib/branches/model';
import { type ActionTable, secretaries, serial, targetsFor } from '@/tests/support/action-rows';

/** A new, empty party group of the branch. */
function newGroup(branchId: number) {
  return db
    .insert(partyGroups)
    .values({ branchId, name: `授权测试新小组${serial()}` })
    .returning()
    .get();
}

export const settingsActions: ActionTable = {
  createGroup: {
    allowed: secretaries,
    payload: () => ({ name: `授权测试小组${serial()}` }),
  },
  renameGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, name: `授权测试改名${serial()}` };
    },
  },
  setGroupMembers: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, personIds: [targetsFor(user).person.id] };
    },
  },
  mergeGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, intoId: newGroup(user.branchId).id };
    },
  },
  setRecordsFrom: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .select({ version: branches.version })
        .from(branches)
        .where(eq(branches.id, user.branchId))
        .get()!;
      return { version: branch.version, recordsFrom: '2026-01-01', reason: '授权测试' };
    },
  },
  setNoticeFourEyes: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .select({ version: branches.version })
        .from(branches)
        .where(eq(branches.id, user.branchId))
        .get()!;
      return { version: branch.version, noticeFourEyes: false };
    },
  },
  completeSetup: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .update(branches)
        .set({ setupDoneOn: null })
        .where(eq(branches.id, user.branchId))
        .returning({ version: branches.version })
        .get()!;
      return { version: branch.version };
    },
  },
  archiveGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version };
    },
  },
  setBranchKind: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .select({ version: branches.version, kind: branches.kind })
        .from(branches)
        .where(eq(branches.id, user.branchId))
        .get()!;
      return { version: branch.version, kind: branchKinds.find((k) => k !== branch.kind) };
    },
  },
};
