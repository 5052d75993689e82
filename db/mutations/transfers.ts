import 'server-only';
import { and, desc, eq, isNull, lte, max } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { endSessionsOf } from '@/db/mutations/sessions';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { transferDestinations } from '@/db/queries/transfers';
import {
  type Account,
  accounts,
  developmentRecords,
  duesBases,
  duesPayments,
  meetingAttendance,
  meetings,
  people,
} from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { roleLabels } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session-user';
import { now, nowIso } from '@/lib/clock';
import { beijingDayStart } from '@/lib/dates';
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
 * A day of leaving before records this branch still keeps of them (dues paid for a later month, a meeting
 * attended later) would take those records out of both branches' books: refused, with what stands after it.
 */
function assertNothingHereAfter(tx: Transaction, personId: number, leftOn: string) {
  const paid = tx
    .select({ month: max(duesPayments.toMonth) })
    .from(duesPayments)
    .where(and(eq(duesPayments.personId, personId), isNull(duesPayments.deletedAt)))
    .get()?.month;
  if (paid && paid > monthOf(leftOn))
    throw new ActionError(`本支部已收其党费至${paid}，转出日期不能早于该月`, { leftOn: ['早于已交党费的月份'] });
  const attended = tx
    .select({ date: max(meetings.date) })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .where(
      and(
        eq(meetingAttendance.personId, personId),
        eq(meetingAttendance.status, 'present'),
        eq(meetings.status, 'held'),
        isNull(meetings.deletedAt),
      ),
    )
    .get()?.date;
  if (attended && attended >= leftOn)
    throw new ActionError(`其${attended}仍出席本支部会议，转出日期应晚于该日`, {
      leftOn: ['早于其出席本支部会议的日期'],
    });
}

/**
 * An account that moves becomes a member's in the receiving branch: changing a 书记 or 支委委员's account is
 * the secretary's (as in 账户管理), and a branch keeps at least one secretary who can.
 */
function assertAccountMayMove(tx: Transaction, user: SessionUser, account: Account | null) {
  if (!account || account.role === 'member') return;
  if (!can(user, 'accounts.manage'))
    throw new ActionError(`此人的账户为${roleLabels[account.role]}，须由书记办理组织关系转接`);
  if (account.role === 'secretary') {
    const secretaries = tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(
        and(eq(accounts.branchId, account.branchId ?? -1), eq(accounts.role, 'secretary'), isNull(accounts.disabledAt)),
      )
      .all();
    if (secretaries.length <= 1) throw new ActionError('此人是本支部唯一的书记账户，请先为新任书记开通账户');
  }
}

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
    if (person.id === user.personId) throw new ActionError('不能转出本人的组织关系，请由其他支委办理');
    const since = person.joinedBranchOn ?? person.probationaryDate;
    if (since && input.leftOn < since)
      throw new ActionError(`转出日期不能早于其在本支部的开始日期（${since}）`, { leftOn: ['早于在本支部的开始日期'] });
    assertNothingHereAfter(tx, person.id, input.leftOn);
    const account = tx.select().from(accounts).where(eq(accounts.personId, person.id)).get();
    assertAccountMayMove(tx, user, account ?? null);

    const destination =
      input.toBranchId === null
        ? null
        : (transferDestinations(user).find((b) => b.id === input.toBranchId) ??
          (() => {
            throw new ActionError('只能转入本组织体系内的其他支部', { toBranchId: ['请选择列表中的支部'] });
          })());
    const toName = destination?.name ?? input.toOrganisation!;
    if (destination && person.politicalStatus === 'probationary') {
      const record = tx
        .select({ id: developmentRecords.id })
        .from(developmentRecords)
        .where(eq(developmentRecords.personId, person.id))
        .get();
      if (record) throw new ActionError('预备党员的发展档案还不能随系统内转接迁移：请在转正后办理，或按系统外转出办理');
    }

    const { before, after } = updateVersioned(
      tx,
      people,
      { id: person.id, version: input.version, branchId: user.branchId },
      // Off the roster from the day they left, as every figure that reads the roster counts it.
      { leftBranchOn: input.leftOn, transferredTo: toName, archivedAt: beijingDayStart(input.leftOn) },
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
      // Signed in as the branch they left: the next request signs in again, in the branch they joined.
      endSessionsOf(tx, account.id, now());
    }
    return { newPersonId: arrived.id };
  });
}
