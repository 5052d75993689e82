import {
  type DuesCategory,
  lapseMonths,
  type PaymentMethod,
  paysDues,
  type ReliefKind,
  reliefKindLabels,
} from '@/lib/dues/model';
import { addMonthsTo, lastDayOf, monthOf, monthsFromTo } from '@/lib/dues/month';
import { type MonthlyDue, monthlyDue } from '@/lib/dues/rates';
import type { PoliticalStatus } from '@/lib/people/model';

/*
 * A member's dues month by month, from the records: the base in force, an approved 少交/免交, the
 * payments, and the dates the person was a member of this branch. Every page, warning, spreadsheet and
 * report figure about dues reads its months from here, so none of them can disagree.
 */

export type DuesMember = {
  id: number;
  politicalStatus: PoliticalStatus;
  /** The branch meeting that admitted them as a probationary member: they owe from that month. */
  probationaryDate: string | null;
  /** Their relationship moved into this branch: they owe here from the following month. */
  joinedBranchOn: string | null;
  /** Their relationship moved out: they owe here up to and including that month. */
  leftBranchOn: string | null;
};

export type DuesBase = {
  id: number;
  personId: number;
  category: DuesCategory;
  baseFen: number | null;
  fixedFen: number | null;
  /** The first month this base applies to. */
  effectiveMonth: string;
  assessedOn: string;
  reason: string | null;
};

export type DuesRelief = {
  id: number;
  personId: number;
  kind: ReliefKind;
  /** What a member allowed to pay less pays a month. */
  monthlyFen: number | null;
  fromMonth: string;
  untilMonth: string;
  reason: string;
  approvedBy: string;
};

export type DuesPayment = {
  id: number;
  personId: number;
  fromMonth: string;
  toMonth: string;
  paidOn: string;
  amountFen: number;
  /** What the months were due when the payment was recorded. */
  dueFen: number;
  method: PaymentMethod;
  receiptNo: string | null;
  reason: string | null;
};

/** A person's dues records, as loaded for one branch. */
export type DuesFacts = {
  member: DuesMember;
  bases: readonly DuesBase[];
  reliefs: readonly DuesRelief[];
  payments: readonly DuesPayment[];
};

/**
 * - none: not a member of this branch that month;
 * - unassessed: a member, but no base was set (核定) from that month on, so nothing is owed here yet;
 * - exempt: 免交 approved; paid: covered by a payment; arrears: owed and unpaid, the month is over;
 * - due: the current month, unpaid; upcoming: a later month, unpaid.
 */
export type MonthState = 'none' | 'unassessed' | 'exempt' | 'paid' | 'arrears' | 'due' | 'upcoming';

export type MonthStanding = {
  month: string;
  state: MonthState;
  /** What the month is due under the rules (0 when nothing is owed). */
  dueFen: number;
  rule: string | null;
  payment?: DuesPayment;
  relief?: DuesRelief;
  /** Paid by the month's last day. */
  onTime?: boolean;
  /** The payment was at least what its months were due. */
  full?: boolean;
};

/** The months the person is a member of this branch, as bounds ('' and '9999-12' when open). */
function membership(member: DuesMember): { from: string; to: string } | null {
  if (!paysDues(member.politicalStatus)) return null;
  const starts = [
    member.probationaryDate ? monthOf(member.probationaryDate) : '',
    member.joinedBranchOn ? addMonthsTo(monthOf(member.joinedBranchOn), 1) : '',
  ].sort();
  return {
    from: starts[1],
    to: member.leftBranchOn ? monthOf(member.leftBranchOn) : '9999-12',
  };
}

const covering = <T extends { fromMonth: string }>(rows: readonly T[], month: string, to: (row: T) => string) =>
  rows.find((r) => r.fromMonth <= month && month <= to(r));

/** The base in force in a month: the latest that starts on or before it. */
export function baseIn(bases: readonly DuesBase[], month: string): DuesBase | undefined {
  let found: DuesBase | undefined;
  for (const b of bases)
    if (b.effectiveMonth <= month && (!found || b.effectiveMonth >= found.effectiveMonth)) found = b;
  return found;
}

/** What a month is due: an approved 少交 amount, or the rule for the base in force; null when unassessed. */
export function dueIn(facts: DuesFacts, month: string): (MonthlyDue & { relief?: DuesRelief }) | null {
  const relief = covering(facts.reliefs, month, (r) => r.untilMonth);
  if (relief?.kind === 'exempt') return { fen: 0, rule: `${reliefKindLabels.exempt}：${relief.reason}`, relief };
  const base = baseIn(facts.bases, month);
  if (!base) return null;
  if (relief?.kind === 'reduced')
    return { fen: relief.monthlyFen ?? 0, rule: `${reliefKindLabels.reduced}：${relief.reason}`, relief };
  return monthlyDue(base.category, base.baseFen, base.fixedFen);
}

/** One month of a person's dues, as of the current month. */
export function monthStanding(facts: DuesFacts, month: string, currentMonth: string): MonthStanding {
  const payment = covering(facts.payments, month, (p) => p.toMonth);
  const bounds = membership(facts.member);
  const member = !!bounds && bounds.from <= month && month <= bounds.to;
  const due = member ? dueIn(facts, month) : null;
  const owed = { dueFen: due?.fen ?? 0, rule: due?.rule ?? null, relief: due?.relief };
  if (payment)
    return {
      month,
      state: 'paid',
      ...owed,
      payment,
      onTime: payment.paidOn <= lastDayOf(month),
      full: payment.amountFen >= payment.dueFen,
    };
  if (!member) return { month, state: 'none', dueFen: 0, rule: null };
  if (!due) return { month, state: 'unassessed', dueFen: 0, rule: null };
  if (due.relief?.kind === 'exempt') return { month, state: 'exempt', ...owed, dueFen: 0 };
  const state = month < currentMonth ? 'arrears' : month === currentMonth ? 'due' : 'upcoming';
  return { month, state, ...owed };
}

export type DuesStanding = {
  personId: number;
  /** The months asked for (a year on the ledger). */
  months: MonthStanding[];
  /** Every unpaid month that is over, since the person's dues were first set here. */
  arrears: MonthStanding[];
  arrearsFen: number;
  /** The longest run of consecutive unpaid months (none excused by 免交), oldest first. */
  longestRun: string[];
  /** 6 consecutive unpaid months or more: a case for the branch to handle under Article 9. */
  lapsed: boolean;
  base: DuesBase | undefined;
  relief: DuesRelief | undefined;
  lastPayment: DuesPayment | undefined;
};

function longestRunOf(months: readonly string[]): string[] {
  let best: string[] = [];
  let run: string[] = [];
  for (const m of months) {
    run = run.length && addMonthsTo(run[run.length - 1], 1) === m ? [...run, m] : [m];
    if (run.length > best.length) best = run;
  }
  return best;
}

/** A person's months in `range` and what they owe as of `currentMonth`. */
export function duesStanding(
  facts: DuesFacts,
  range: { from: string; to: string },
  currentMonth: string,
): DuesStanding {
  const months = monthsFromTo(range.from, range.to).map((m) => monthStanding(facts, m, currentMonth));
  const firstSet = facts.bases.reduce<string | null>(
    (a, b) => (a && a <= b.effectiveMonth ? a : b.effectiveMonth),
    null,
  );
  const past = firstSet ? monthsFromTo(firstSet, addMonthsTo(currentMonth, -1)) : [];
  const arrears = past.map((m) => monthStanding(facts, m, currentMonth)).filter((m) => m.state === 'arrears');
  const longestRun = longestRunOf(arrears.map((m) => m.month));
  const lastPayment = [...facts.payments].sort((a, b) => b.paidOn.localeCompare(a.paidOn) || b.id - a.id)[0];
  return {
    personId: facts.member.id,
    months,
    arrears,
    arrearsFen: arrears.reduce((sum, m) => sum + m.dueFen, 0),
    longestRun,
    lapsed: longestRun.length >= lapseMonths,
    base: baseIn(facts.bases, currentMonth),
    relief: covering(facts.reliefs, currentMonth, (r) => r.untilMonth),
    lastPayment,
  };
}
