import 'server-only';
import { and, asc, desc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, inBranch, liveIn, type Scope } from '@/db/queries/scope';
import {
  type DuesBaseRow,
  type DuesPaymentRow,
  type DuesReliefRow,
  duesBases,
  duesHandovers,
  duesPayments,
  duesReliefs,
  partyGroups,
  people,
} from '@/db/schema';
import { todayIso } from '@/lib/clock';
import { monthOf } from '@/lib/dues/month';
import { type DuesFacts, type DuesStanding, duesStanding } from '@/lib/dues/standing';

/** A person's dues records as stored (with the ids and versions a change names). */
export type StoredDuesFacts = Pick<DuesFacts, 'member'> & {
  bases: DuesBaseRow[];
  reliefs: DuesReliefRow[];
  payments: DuesPaymentRow[];
};

/** A person on the dues ledger, with their records and their standing. */
export type DuesRow = DuesStanding & {
  name: string;
  branchId: number;
  groupName: string | null;
  facts: StoredDuesFacts;
};

export const currentMonth = () => monthOf(todayIso());

const personColumns = {
  id: people.id,
  branchId: people.branchId,
  name: people.name,
  politicalStatus: people.politicalStatus,
  probationaryDate: people.probationaryDate,
  joinedBranchOn: people.joinedBranchOn,
  leftBranchOn: people.leftBranchOn,
  groupName: partyGroups.name,
};

/**
 * The branch's members whose dues may fall in `from`–`to` (members now, and those who left on or after
 * `from`), or the people named, with all their dues records: five queries whatever the branch's size.
 */
function loadFacts(scope: Scope, from: string, personIds?: number[]) {
  const who = personIds
    ? inArray(people.id, personIds.length ? personIds : [0])
    : and(
        inArray(people.politicalStatus, ['full', 'probationary']),
        or(isNull(people.leftBranchOn), gte(people.leftBranchOn, `${from}-01`)),
      );
  const persons = db
    .select(personColumns)
    .from(people)
    .leftJoin(partyGroups, eq(partyGroups.id, people.groupId))
    .where(and(inBranch(people, scope), who))
    .orderBy(asc(partyGroups.sortOrder), asc(people.name), asc(people.id))
    .all();
  const ids = persons.map((p) => p.id);
  const of = <T extends { personId: number }>(rows: T[]) => {
    const byPerson = new Map<number, T[]>();
    for (const r of rows) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
    return (id: number) => byPerson.get(id) ?? [];
  };
  const mine = <T extends typeof duesBases | typeof duesReliefs | typeof duesPayments>(table: T) =>
    and(liveIn(table, scope), inArray(table.personId, ids.length ? ids : [0]));
  const bases = of(db.select().from(duesBases).where(mine(duesBases)).all());
  const reliefs = of(db.select().from(duesReliefs).where(mine(duesReliefs)).all());
  const payments = of(db.select().from(duesPayments).where(mine(duesPayments)).all());
  return persons.map(({ name, groupName, branchId, ...member }) => ({
    name,
    groupName,
    branchId,
    facts: { member, bases: bases(member.id), reliefs: reliefs(member.id), payments: payments(member.id) },
  }));
}

/** Every member's dues for the months `from`–`to`, as of the current month. */
export function duesLedger(scope: Scope, range: { from: string; to: string }, personIds?: number[]): DuesRow[] {
  const now = currentMonth();
  return loadFacts(scope, range.from, personIds).map(({ name, groupName, branchId, facts }) => ({
    name,
    groupName,
    branchId,
    facts,
    ...duesStanding(facts, range, now),
  }));
}

/** One person's dues (the member's own page, a form's figures). */
export function personDues(scope: BranchScope, personId: number, range: { from: string; to: string }) {
  return duesLedger(scope, range, [personId])[0];
}

/** 上缴 records of the branch in a run of months, newest first. */
export function listHandovers(scope: BranchScope, range: { from: string; to: string }) {
  return db
    .select()
    .from(duesHandovers)
    .where(
      and(liveIn(duesHandovers, scope), lte(duesHandovers.fromMonth, range.to), gte(duesHandovers.toMonth, range.from)),
    )
    .orderBy(desc(duesHandovers.handedOn), desc(duesHandovers.id))
    .all();
}

/** Payments received in a run of dates (by the day they were paid), for totals and 上缴. */
export function paymentsReceived(scope: BranchScope, range: { start: string; end: string }) {
  return db
    .select()
    .from(duesPayments)
    .where(and(liveIn(duesPayments, scope), gte(duesPayments.paidOn, range.start), lte(duesPayments.paidOn, range.end)))
    .orderBy(asc(duesPayments.paidOn), asc(duesPayments.id))
    .all();
}
