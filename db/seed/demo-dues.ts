import { and, eq, inArray } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { accounts, duesBases, duesHandovers, duesPayments, duesReliefs, organisations, people } from '@/db/schema';
import type { DemoBranch } from '@/db/seed/demo-branch';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import type { DemoDuesBook, DemoDuesMember, DemoPaying } from '@/db/seed/demo-dues-books';
import type { PaymentMethod } from '@/lib/dues/model';
import { addMonthsTo, lastDayOf, monthOf, monthsFromTo } from '@/lib/dues/month';
import { type DuesBase, type DuesRelief, type MonthStanding, monthStanding } from '@/lib/dues/standing';
import { yuanToFen } from '@/lib/money';

/** The months the demo's member in arrears owes, on whatever day it is seeded. */
const demoArrearsMonths = 4;

type Payment = {
  personId: number;
  fromMonth: string;
  toMonth: string;
  paidOn: string;
  dueFen: number;
  method: PaymentMethod;
};

function fen(yuan: string): number {
  const value = yuanToFen(yuan);
  if (typeof value === 'object') throw new Error(`demo dues amount ${yuan}: ${value.problem}`);
  return value;
}

const amounts = (plan: DemoDuesMember, yuan: string) =>
  plan.category === 'farmer' ? { baseFen: null, fixedFen: fen(yuan) } : { baseFen: fen(yuan), fixedFen: null };

/** Which payment a month falls in, by how the member pays. */
const paymentOf: Record<DemoPaying, (month: string) => string> = {
  monthly: (month) => month,
  quarterly: (month) => `${month.slice(0, 4)}Q${Math.ceil(Number(month.slice(5)) / 3)}`,
  yearly: (month) => month.slice(0, 4),
};

/** The owed months (in order) cut into payments: consecutive months of the same month, quarter or year. */
function paymentRuns(owed: MonthStanding[], pays: DemoPaying): MonthStanding[][] {
  const runs: MonthStanding[][] = [];
  for (const m of owed) {
    const run = runs.at(-1) ?? [];
    const last = run.at(-1);
    const samePayment = paymentOf[pays](last?.month ?? '') === paymentOf[pays](m.month);
    if (last && addMonthsTo(last.month, 1) === m.month && samePayment) run.push(m);
    else runs.push([m]);
  }
  return runs;
}

/**
 * A branch's dues up to the calendar's today, from January of the year four months back (so the member in
 * arrears owes exactly that many months on any day): each year's bases set (核定) in January or from the
 * month a member was admitted, one base changed halfway with its reason, one approved 免交, payments by
 * month, quarter or year as each member pays (the one in arrears stopped four months ago; the one who
 * prepays pays each year in January), and one 上缴 of what was received in each finished quarter.
 */
export function seedDemoDues(tx: Transaction, branch: DemoBranch, calendar: DemoCalendar, book: DemoDuesBook) {
  const { today } = calendar;
  const branchId = branch.branch.id;
  const now = monthOf(today);
  const firstYear = Number(addMonthsTo(now, -demoArrearsMonths).slice(0, 4));
  const first = `${firstYear}-01`;
  const last = `${now.slice(0, 4)}-12`;
  const notAfterToday = (date: string) => (date < today ? date : today);
  const dayOf = (month: string) => `${month}-${String(book.payDay).padStart(2, '0')}`;
  const changeMonth = addMonthsTo(first, Math.floor(monthsFromTo(first, now).length / 2));
  const paidUpTo = addMonthsTo(now, -demoArrearsMonths - 1);

  const higherCommittee = tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, branch.branch.organisationId))
    .get()!.name;
  const recordedBy = tx
    .select({ id: accounts.id })
    .from(accounts)
    .innerJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(people.branchId, branchId), eq(people.name, book.keeper)))
    .get()?.id;
  if (!recordedBy) throw new Error(`demo dues: ${book.keeper} has no account`);
  const members = tx
    .select({
      id: people.id,
      name: people.name,
      politicalStatus: people.politicalStatus,
      probationaryDate: people.probationaryDate,
      joinedBranchOn: people.joinedBranchOn,
      leftBranchOn: people.leftBranchOn,
    })
    .from(people)
    .where(and(eq(people.branchId, branchId), inArray(people.politicalStatus, ['full', 'probationary'])))
    .all();

  const payments: Payment[] = [];
  for (const { name, ...member } of members) {
    const plan = book.members[name];
    if (!plan) throw new Error(`demo dues: no plan for ${name}`);
    const admitted = member.probationaryDate ?? '';
    if (admitted > today) continue;

    const bases: DuesBase[] = [];
    const addBase = (values: Omit<DuesBase, 'id' | 'personId'>) =>
      bases.push(
        tx
          .insert(duesBases)
          .values({ ...values, branchId, personId: member.id, recordedBy })
          .returning()
          .get(),
      );
    const changed = name === book.change.name;
    for (let year = firstYear; year <= Number(now.slice(0, 4)); year++) {
      const january = `${year}-01`;
      const effectiveMonth = monthOf(admitted) > january ? monthOf(admitted) : january;
      if (effectiveMonth.slice(0, 4) !== String(year)) continue;
      const yuan = changed && changeMonth < january ? book.change.yuan : plan.yuan;
      addBase({
        category: plan.category,
        ...amounts(plan, yuan),
        effectiveMonth,
        assessedOn: effectiveMonth === january ? notAfterToday(`${year}-01-06`) : admitted,
        reason: null,
      });
    }
    if (changed)
      addBase({
        category: plan.category,
        ...amounts(plan, book.change.yuan),
        effectiveMonth: changeMonth,
        assessedOn: `${changeMonth}-03`,
        reason: book.change.reason,
      });

    const reliefs: DuesRelief[] =
      name === book.exempt.name
        ? [
            tx
              .insert(duesReliefs)
              .values({
                branchId,
                personId: member.id,
                kind: 'exempt',
                fromMonth: first,
                untilMonth: last,
                reason: book.exempt.reason,
                decidedOn: `${firstYear}-01-15`,
                approvedBy: higherCommittee,
                recordedBy,
              })
              .returning()
              .get(),
          ]
        : [];

    const facts = { member, bases, reliefs, payments: [] };
    const owed = monthsFromTo(first, last)
      .map((month) => monthStanding(facts, month, now))
      .filter((m) => m.state === 'arrears' || m.state === 'due' || m.state === 'upcoming');
    for (const run of paymentRuns(owed, plan.pays)) {
      const fromMonth = run[0].month;
      const toMonth = run[run.length - 1].month;
      // The pay day, or the day they were admitted when that is later.
      const planned = [dayOf(fromMonth), admitted].sort()[1];
      // The one who prepays pays on the first day of the year the demo has, however early it is.
      const paidOn = plan.pays === 'yearly' ? notAfterToday(planned) : planned;
      if (paidOn > today || (name === book.inArrears && toMonth > paidUpTo)) continue;
      const dueFen = run.reduce((sum, m) => sum + m.dueFen, 0);
      payments.push({ personId: member.id, fromMonth, toMonth, paidOn, dueFen, method: plan.method });
    }
  }

  payments.sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.personId - b.personId);
  const receipts = new Map<string, number>();
  for (const p of payments) {
    const year = p.paidOn.slice(0, 4);
    const serial = (receipts.get(year) ?? 0) + (p.method === 'payroll' ? 0 : 1);
    receipts.set(year, serial);
    tx.insert(duesPayments)
      .values({
        ...p,
        branchId,
        amountFen: p.dueFen,
        receiptNo: p.method === 'payroll' ? null : `DF${year}-${String(serial).padStart(3, '0')}`,
        recordedBy,
      })
      .run();
  }

  for (let quarter = first; addMonthsTo(quarter, 2) < now; quarter = addMonthsTo(quarter, 3)) {
    const end = addMonthsTo(quarter, 2);
    const received = payments
      .filter((p) => `${quarter}-01` <= p.paidOn && p.paidOn <= lastDayOf(end))
      .reduce((sum, p) => sum + p.dueFen, 0);
    tx.insert(duesHandovers)
      .values({
        branchId,
        fromMonth: quarter,
        toMonth: end,
        handedOn: notAfterToday(`${addMonthsTo(end, 1)}-12`),
        amountFen: received,
        recipient: higherCommittee,
        receiptNo: `SJ${quarter.slice(0, 4)}-${Math.ceil(Number(end.slice(5)) / 3)}`,
        recordedBy,
      })
      .run();
  }
}
