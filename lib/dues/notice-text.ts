import { chineseDate } from '@/lib/dates';
import { addMonthsTo, lastDayOf, monthSpanText, monthsFromTo, monthText } from '@/lib/dues/month';
import type { DuesFacts, DuesPayment, DuesStanding } from '@/lib/dues/standing';
import { duesTotals, isOwed } from '@/lib/dues/summary';
import { formatYuan } from '@/lib/money';
import { figurePeriodLabels, figurePeriods, periodRange } from '@/lib/report/period';

/*
 * The 党务公开 notice of the dues of a run of months (生成公示): who paid for which months and how much,
 * the totals and what was passed up. It goes on a notice board, so it names no base and no category:
 * those are private.
 */

/** A member as the dues ledger gives them (duesLedger's rows, months limited to the notice's). */
export type NoticeMember = DuesStanding & { name: string; facts: Pick<DuesFacts, 'payments'> };

export type NoticeHandover = {
  fromMonth: string;
  toMonth: string;
  handedOn: string;
  amountFen: number;
  recipient: string;
};

export type DuesNoticeInput = {
  fromMonth: string;
  toMonth: string;
  currentMonth: string;
  members: readonly NoticeMember[];
  handovers: readonly NoticeHandover[];
};

/** '2026年度', '2026年第三季度', '2026年上半年', or the months ('2026年3月至5月'). */
export function noticePeriodName(fromMonth: string, toMonth: string): string {
  const year = Number(fromMonth.slice(0, 4));
  if (fromMonth === `${year}-01` && toMonth === `${year}-12`) return `${year}年度`;
  const period = figurePeriods.find((p) => {
    const { start, end } = periodRange(year, p);
    return start.slice(0, 7) === fromMonth && end.slice(0, 7) === toMonth;
  });
  return period ? `${year}年${figurePeriodLabels[period]}` : monthSpanText(fromMonth, toMonth);
}

/** Months (in order, without repeats) in words, each run of consecutive months as one span. */
function monthsText(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  const runs: string[][] = [];
  for (const m of sorted) {
    const run = runs.at(-1);
    if (run && addMonthsTo(run[run.length - 1], 1) === m) run.push(m);
    else runs.push([m]);
  }
  return runs.map((run) => monthSpanText(run[0], run[run.length - 1])).join('、');
}

const paymentMonths = (payments: readonly DuesPayment[]) =>
  payments.flatMap((p) => monthsFromTo(p.fromMonth, p.toMonth));

const sumFen = (rows: readonly { amountFen: number }[]) => rows.reduce((sum, r) => sum + r.amountFen, 0);

/** A member's line: what they paid in the period, months paid before or after it, months still unpaid. */
function memberLine(member: NoticeMember, start: string, end: string): string | null {
  const paidIn = member.facts.payments.filter((p) => start <= p.paidOn && p.paidOn <= end);
  const paid = member.months.filter((m) => m.state === 'paid' && m.payment);
  const latestBefore = paid
    .filter((m) => m.payment!.paidOn < start)
    .reduce<string | null>((latest, m) => (latest && latest >= m.payment!.toMonth ? latest : m.payment!.toMonth), null);
  const paidAfter = paid.filter((m) => m.payment!.paidOn > end).map((m) => m.month);
  const unpaid = member.months.filter((m) => m.state === 'arrears' || m.state === 'due').map((m) => m.month);
  const parts = [
    paidIn.length ? `交纳${monthsText(paymentMonths(paidIn))}党费 ${formatYuan(sumFen(paidIn))}` : null,
    latestBefore ? `已预交至${monthText(latestBefore)}` : null,
    paidAfter.length ? `${monthsText(paidAfter)}党费已补交` : null,
    unpaid.length ? `${monthsText(unpaid)}党费未交` : null,
  ].filter((part) => part !== null);
  return parts.length ? `${member.name}：${parts.join('；')}` : null;
}

/** The totals as the ledger counts them, and how many of those who owed were excused (免交). */
function totalsText(input: DuesNoticeInput, collectedFen: number): string {
  const totals = duesTotals(input.members, input.currentMonth);
  const collected = `本期共收缴党费 ${formatYuan(collectedFen)}。`;
  if (totals.onTimeRate === null) return `本期没有应交纳党费的党员。${collected}`;
  const exempt = input.members
    .map((member) => member.months.filter(isOwed))
    .filter((owed) => owed.length > 0 && owed.every((m) => m.state === 'exempt')).length;
  return [
    `本期应交纳党费的党员${totals.members}名${exempt ? `（其中经批准免交${exempt}名）` : ''}，`,
    `按时足额交纳${totals.onTime}名，按时足额交纳率${totals.onTimeRate}%；`,
    totals.inArrears ? `欠交党费${totals.inArrears}名。` : '无欠交党费的党员。',
    collected,
  ].join('');
}

function handoverLines(handovers: readonly NoticeHandover[]): string[] {
  if (!handovers.length) return ['本期党费尚未上缴。'];
  return [...handovers]
    .sort((a, b) => a.handedOn.localeCompare(b.handedOn))
    .map(
      (h) =>
        `${chineseDate(h.handedOn)}向${h.recipient}上缴${monthSpanText(h.fromMonth, h.toMonth)}党费 ${formatYuan(h.amountFen)}。`,
    );
}

/** The notice's title and text, from the ledger's rows for the months and the 上缴 records touching them. */
export function duesNotice(input: DuesNoticeInput): { title: string; content: string } {
  const { fromMonth, toMonth } = input;
  const name = noticePeriodName(fromMonth, toMonth);
  const span = monthSpanText(fromMonth, toMonth);
  const start = `${fromMonth}-01`;
  const end = lastDayOf(toMonth);
  const lines = input.members.flatMap((member) => memberLine(member, start, end) ?? []);
  const collectedFen = sumFen(
    input.members.flatMap((m) => m.facts.payments).filter((p) => start <= p.paidOn && p.paidOn <= end),
  );
  return {
    title: `${name}党费收缴情况公示`,
    content: [
      `现将本支部${name}${name === span ? '' : `（${span}）`}党费收缴情况公示如下。`,
      '一、党员交纳情况',
      ...(lines.length ? lines : ['本期无党费交纳记录。']),
      '二、总体情况',
      totalsText(input, collectedFen),
      '三、上缴情况',
      ...handoverLines(input.handovers),
      '如对公示内容有疑问，请向党支部反映。',
    ].join('\n'),
  };
}
