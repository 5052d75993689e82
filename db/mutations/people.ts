import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { type BranchScope, currentIn } from '@/db/queries/scope';
import { developmentRecords, partyGroups, people } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { ActionError } from '@/lib/errors';
import type { CreatePersonInput, UpdatePersonInput } from '@/lib/people/validation';

function assertGroupInBranch(tx: Transaction, scope: BranchScope, groupId: number | null) {
  if (groupId === null) return;
  const group = tx
    .select({ id: partyGroups.id })
    .from(partyGroups)
    .where(and(eq(partyGroups.id, groupId), currentIn(partyGroups, scope)))
    .get();
  if (!group) throw new ActionError('所选党小组不属于本支部', { groupId: ['请选择本支部的党小组'] });
}

/** Committee titles are the secretary's to assign; other roster editors keep what is there. */
function assertMayAssignTitle(user: SessionUser, from: string | null, to: string | null) {
  if (from !== to && !can(user, 'accounts.manage')) {
    throw new ActionError('只有书记可以调整支委职务', { committeeTitle: ['只有书记可以调整支委职务'] });
  }
}

/** Once a person has a development record, their status and membership dates come from its steps. */
function assertStatusFollowsSteps(
  tx: Transaction,
  before: typeof people.$inferSelect,
  after: typeof people.$inferSelect,
) {
  const changed =
    before.politicalStatus !== after.politicalStatus ||
    before.probationaryDate !== after.probationaryDate ||
    before.fullMemberDate !== after.fullMemberDate;
  if (!changed) return;
  const record = tx
    .select({ id: developmentRecords.id })
    .from(developmentRecords)
    .where(eq(developmentRecords.personId, before.id))
    .get();
  if (record) {
    throw new ActionError('此人的政治面貌和入党、转正日期由发展党员记录决定，请在“发展党员”中记录相应步骤', {
      politicalStatus: ['由发展党员记录决定，不能手工修改'],
    });
  }
}

export function createPerson(user: SessionUser, input: CreatePersonInput): number {
  return writeWithAudit(user, (tx, audit) => {
    assertGroupInBranch(tx, user, input.groupId);
    assertMayAssignTitle(user, null, input.committeeTitle);
    const row = tx
      .insert(people)
      .values({ ...input, branchId: user.branchId })
      .returning()
      .get();
    audit({ action: 'person.create', entity: 'people', entityId: row.id, after: row });
    return row.id;
  });
}

export function updatePerson(user: SessionUser, input: UpdatePersonInput): void {
  const { id, version, ...fields } = input;
  writeWithAudit(user, (tx, audit) => {
    assertGroupInBranch(tx, user, fields.groupId);
    const { before, after } = updateVersioned(tx, people, { id, version, branchId: user.branchId }, fields);
    assertMayAssignTitle(user, before.committeeTitle, after.committeeTitle);
    assertStatusFollowsSteps(tx, before, after);
    audit({ action: 'person.update', entity: 'people', entityId: id, before, after });
  });
}
