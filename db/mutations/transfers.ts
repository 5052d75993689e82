import 'server-only';
import { and, desc, eq, isNull, lte } from 'drizzle-orm';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { transferDestinations } from '@/db/queries/transfers';
import { accounts, duesBases, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { addMonthsTo, monthOf } from '@/lib/dues/month';
import { ActionError } from '@/lib/errors';
import { mayTransfer, type TransferPersonInput } from '@/lib/people/transfer';

/** What a person carries to the branch they move to: who they are and their standing in the Party. */
const carried = [
  'name',
  'gender',
  'ethnicity',
  'birthDate',
  'education',
  'unit',
  'post',
  'phone',
  'idNumber',
  'address',
  'politicalStatus',
  'probationaryDate',
  'fullMemberDate',
] as const;

/**
 * 组织关系转接. The person's row here keeps everything recorded while they were here (meetings,
 * development steps, dues) and is closed on the day they left; a branch here receiving them gets a new row
 * from that day on, with their dues base carried into the next month and their account moved with them
 * (as a member there). Both branches' audit trails say it.
 */
export function transferPerson(user: SessionUser, input: TransferPersonInput): { newPersonId: number | null } {
  return writeWithAudit(user, (tx, audit) => {
    const person = tx
      .select()
      .from(people)
      .where(and(eq(people.id, input.id), eq(people.branchId, user.branchId), isNull(people.archivedAt)))
      .get();
    if (!person) throw new ActionError('该人员不在本支部名册中');
    if (!mayTransfer(person.politicalStatus)) throw new ActionError('只有党员（含预备党员）转接组织关系');
    const since = person.joinedBranchOn ?? person.probationaryDate;
    if (since && input.leftOn < since)
      throw new ActionError(`转出日期不能早于其在本支部的开始日期（${since}）`, { leftOn: ['早于在本支部的开始日期'] });

    const destination =
      input.toBranchId === null
        ? null
        : (transferDestinations(user).find((b) => b.id === input.toBranchId) ??
          (() => {
            throw new ActionError('只能转入本组织体系内的其他支部', { toBranchId: ['请选择列表中的支部'] });
          })());
    const toName = destination?.name ?? input.toOrganisation!;

    const { before, after } = updateVersioned(
      tx,
      people,
      { id: person.id, version: input.version, branchId: user.branchId },
      { leftBranchOn: input.leftOn, transferredTo: toName, archivedAt: nowIso() },
    );
    audit({ action: 'person.transfer_out', entity: 'people', entityId: person.id, before, after });
    if (!destination) return { newPersonId: null };

    const arrived = tx
      .insert(people)
      .values({
        ...(Object.fromEntries(carried.map((key) => [key, person[key]])) as Pick<
          typeof person,
          (typeof carried)[number]
        >),
        branchId: destination.id,
        joinedBranchOn: input.leftOn,
        transferredFromId: person.id,
      })
      .returning()
      .get();
    audit({
      action: 'person.transfer_in',
      entity: 'people',
      entityId: arrived.id,
      after: arrived,
      branchId: destination.id,
    });

    // The dues base in force when they left: the receiving branch starts from it the month after.
    const base = tx
      .select()
      .from(duesBases)
      .where(
        and(
          eq(duesBases.personId, person.id),
          isNull(duesBases.deletedAt),
          lte(duesBases.effectiveMonth, monthOf(input.leftOn)),
        ),
      )
      .orderBy(desc(duesBases.effectiveMonth), desc(duesBases.id))
      .get();
    if (base) {
      const carriedBase = tx
        .insert(duesBases)
        .values({
          branchId: destination.id,
          personId: arrived.id,
          category: base.category,
          baseFen: base.baseFen,
          fixedFen: base.fixedFen,
          effectiveMonth: addMonthsTo(monthOf(input.leftOn), 1),
          assessedOn: input.leftOn,
          reason: `组织关系由${user.branchName}转入，沿用原核定基数`,
          recordedBy: user.accountId,
        })
        .returning()
        .get();
      audit({
        action: 'dues_base.carry',
        entity: 'dues_bases',
        entityId: carriedBase.id,
        after: carriedBase,
        branchId: destination.id,
      });
    }

    const account = tx.select().from(accounts).where(eq(accounts.personId, person.id)).get();
    if (account) {
      tx.update(accounts)
        // A member there: what else they do in the receiving branch is its secretary's to give.
        .set({
          personId: arrived.id,
          branchId: destination.id,
          role: 'member',
          updatedAt: nowIso(),
          version: account.version + 1,
        })
        .where(eq(accounts.id, account.id))
        .run();
      audit({
        action: 'account.transfer',
        entity: 'accounts',
        entityId: account.id,
        before: { personId: person.id, branchId: account.branchId, role: account.role },
        after: { personId: arrived.id, branchId: destination.id, role: 'member' },
        branchId: destination.id,
      });
    }
    return { newPersonId: arrived.id };
  });
}
