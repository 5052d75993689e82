import { maxMonthsAhead } from '@/lib/dues/model';
import { addMonthsTo, monthSpanText, monthsFromTo, monthText } from '@/lib/dues/month';
import { type DuesFacts, monthStanding } from '@/lib/dues/standing';

const why: Record<string, string> = {
  none: '不在本支部党员期间（入党前、转入前或转出后）',
  unassessed: '尚未核定党费基数',
  exempt: '已批准免交',
};

/**
 * What a payment for `from`–`to` is due, or why it cannot be recorded: a month already paid, a month
 * nothing is owed here, or months more than a year ahead.
 */
export function paymentDue(
  facts: DuesFacts,
  from: string,
  to: string,
  currentMonth: string,
  ignorePaymentId?: number,
): { dueFen: number } | { problem: string } {
  if (to < from) return { problem: '截止月份不能早于起始月份' };
  const latest = addMonthsTo(currentMonth, maxMonthsAhead - 1);
  if (to > latest) return { problem: `预交党费最多一年，最晚交到${monthText(latest)}` };
  const others = { ...facts, payments: facts.payments.filter((p) => p.id !== ignorePaymentId) };
  let dueFen = 0;
  for (const month of monthsFromTo(from, to)) {
    const standing = monthStanding(others, month, currentMonth);
    if (standing.state === 'paid') {
      const p = standing.payment!;
      const receipt = p.receiptNo ? `，收据号 ${p.receiptNo}` : '';
      return {
        problem: `${monthText(month)}已交纳（${monthSpanText(p.fromMonth, p.toMonth)}，${p.paidOn}${receipt}），不能重复登记`,
      };
    }
    if (standing.state in why) return { problem: `${monthText(month)}无需交纳：${why[standing.state]}` };
    dueFen += standing.dueFen;
  }
  return { dueFen };
}
