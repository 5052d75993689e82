import 'server-only';
import { and, eq, inArray, isNull, max, ne, notInArray, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { type BranchScope, currentIn, inBranch } from '@/db/queries/scope';
import { partyGroups, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError } from '@/lib/errors';
import type {
  archiveGroupSchema,
  groupMembersSchema,
  mergeGroupSchema,
  newGroupSchema,
  renameGroupSchema,
} from '@/lib/party-groups/validation';
import type { z } from '@/lib/validation/zod';

const entity = 'party_groups';

function assertNameFree(tx: Transaction, scope: BranchScope, name: string, except?: number) {
  const taken = tx
    .select({ id: partyGroups.id })
    .from(partyGroups)
    .where(
      and(currentIn(partyGroups, scope), eq(partyGroups.name, name), except ? ne(partyGroups.id, except) : undefined),
    )
    .get();
  if (taken) throw new ActionError('本支部已有同名的党小组', { name: ['本支部已有同名的党小组'] });
}

function activeGroup(tx: Transaction, scope: BranchScope, id: number) {
  const group = tx
    .select()
    .from(partyGroups)
    .where(and(eq(partyGroups.id, id), currentIn(partyGroups, scope)))
    .get();
  if (!group) throw new ActionError('该党小组不存在或已撤销');
  return group;
}

/** Moves people of the branch (still on the roster) into a group, or out of any with null; bumps each one's version. */
function moveInto(tx: Transaction, scope: BranchScope, personIds: number[], groupId: number | null) {
  if (personIds.length === 0) return;
  tx.update(people)
    .set({ groupId, version: sql`${people.version} + 1`, updatedAt: nowIso() })
    .where(and(inBranch(people, scope), inArray(people.id, personIds)))
    .run();
}

/** A new group after the branch's others, its name checked free; also what a roster import naming new groups uses. */
export function insertGroup(tx: Transaction, branchId: number, name: string) {
  assertNameFree(tx, { branchId }, name);
  const last = tx
    .select({ n: max(partyGroups.sortOrder) })
    .from(partyGroups)
    .where(inBranch(partyGroups, { branchId }))
    .get();
  return tx
    .insert(partyGroups)
    .values({ branchId, name, sortOrder: (last?.n ?? -1) + 1 })
    .returning()
    .get();
}

export function createGroup(user: SessionUser, input: z.infer<typeof newGroupSchema>): number {
  return writeWithAudit(user, (tx, audit) => {
    const row = insertGroup(tx, user.branchId, input.name);
    audit({ action: 'party_group.create', entity, entityId: row.id, after: row });
    return row.id;
  });
}

export function renameGroup(user: SessionUser, input: z.infer<typeof renameGroupSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    activeGroup(tx, user, input.id);
    assertNameFree(tx, user, input.name, input.id);
    const { before, after } = updateVersioned(
      tx,
      partyGroups,
      { ...input, branchId: user.branchId },
      { name: input.name },
    );
    audit({ action: 'party_group.rename', entity, entityId: input.id, before, after });
  });
}

/** A group is dissolved only when nobody is left in it (merge it into another to move its people). */
export function archiveGroup(user: SessionUser, input: z.infer<typeof archiveGroupSchema>): void {
  writeWithAudit(user, (tx, audit) => {
    activeGroup(tx, user, input.id);
    const remaining = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.groupId, input.id), isNull(people.archivedAt)))
      .all();
    if (remaining.length > 0) {
      throw new ActionError(`该小组还有${remaining.length}名成员，请先调整成员或并入其他小组`);
    }
    const { before, after } = updateVersioned(
      tx,
      partyGroups,
      { ...input, branchId: user.branchId },
      { archivedAt: nowIso() },
    );
    audit({ action: 'party_group.archive', entity, entityId: input.id, before, after });
  });
}

/** Everyone of the group moves into another group of the branch, and the group is dissolved. */
export function mergeGroup(user: SessionUser, input: z.infer<typeof mergeGroupSchema>): number {
  return writeWithAudit(user, (tx, audit) => {
    activeGroup(tx, user, input.id);
    const into = activeGroup(tx, user, input.intoId);
    // The version is checked before anything moves.
    const { before, after } = updateVersioned(
      tx,
      partyGroups,
      { ...input, branchId: user.branchId },
      { archivedAt: nowIso() },
    );
    const moved = tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.groupId, input.id))
      .all()
      .map((p) => p.id);
    moveInto(tx, user, moved, into.id);
    audit({
      action: 'party_group.merge',
      entity,
      entityId: input.id,
      before,
      after: { ...after, mergedInto: into.id, movedPeople: moved },
    });
    return moved.length;
  });
}

/**
 * Sets who is in the group: the listed people of the branch move in (from whatever group they were in),
 * the group's other people leave it for no group. People who have left the roster keep their group.
 */
export function setGroupMembers(
  user: SessionUser,
  input: z.infer<typeof groupMembersSchema>,
): { joined: number; left: number } {
  return writeWithAudit(user, (tx, audit) => {
    activeGroup(tx, user, input.id);
    const listed = input.personIds.length
      ? tx
          .select({ id: people.id, groupId: people.groupId })
          .from(people)
          .where(and(currentIn(people, user), inArray(people.id, input.personIds)))
          .all()
      : [];
    if (listed.length !== new Set(input.personIds).size) {
      throw new ActionError('所选人员不属于本支部或已不在名册中', { personIds: ['请只选择本支部名册中的人员'] });
    }
    const joining = listed.filter((p) => p.groupId !== input.id).map((p) => p.id);
    const leaving = tx
      .select({ id: people.id })
      .from(people)
      .where(
        and(
          eq(people.groupId, input.id),
          isNull(people.archivedAt),
          input.personIds.length ? notInArray(people.id, input.personIds) : undefined,
        ),
      )
      .all()
      .map((p) => p.id);
    // The group's version moves too (checked before anything moves): two editors of the same group's people cannot both win.
    const { before, after } = updateVersioned(tx, partyGroups, { ...input, branchId: user.branchId }, {});
    moveInto(tx, user, joining, input.id);
    moveInto(tx, user, leaving, null);
    audit({
      action: 'party_group.set_members',
      entity,
      entityId: input.id,
      before,
      after: { ...after, joined: joining, left: leaving },
    });
    return { joined: joining.length, left: leaving.length };
  });
}
