import { MonthCell } from '@/app/(app)/dues/_components/month-cell';
import { DetailRow } from '@/components/ui/detail-list';
import type { DuesRow } from '@/db/queries/dues';
import { duesBaseLabels, duesCategoryLabels, paymentMethodLabels, reliefKindLabels } from '@/lib/dues/model';
import { monthSpanText, monthText } from '@/lib/dues/month';
import { monthlyDue } from '@/lib/dues/rates';
import { fenToYuan, formatYuan } from '@/lib/money';

/** A member's own dues, readable on a phone: category and base, this year's months, arrears, the last payment. */
export function MyDues({ dues, year }: { dues: DuesRow | undefined; year: number }) {
  if (!dues) return <p className="text-sm text-stone-600">您不在本支部的党费台账中。</p>;
  const { base, relief, lastPayment } = dues;
  const due = base ? monthlyDue(base.category, base.baseFen, base.fixedFen) : null;
  return (
    <div className="space-y-6">
      <section aria-label="我的党费标准" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
        <dl className="divide-y divide-stone-100">
          <DetailRow label="党员类别">{base ? duesCategoryLabels[base.category] : '尚未核定'}</DetailRow>
          {base?.baseFen != null && (
            <DetailRow label={duesBaseLabels[base.category] ?? '基数'}>{formatYuan(base.baseFen)}</DetailRow>
          )}
          <DetailRow label="每月应交">{due ? formatYuan(due.fen) : '—'}</DetailRow>
          <DetailRow label="计算依据">{due?.rule}</DetailRow>
          {relief && (
            <DetailRow label={reliefKindLabels[relief.kind]}>
              {monthSpanText(relief.fromMonth, relief.untilMonth)}：{relief.reason}
            </DetailRow>
          )}
          <DetailRow label="最近交纳">
            {lastPayment
              ? `${lastPayment.paidOn}，${formatYuan(lastPayment.amountFen)}（${monthSpanText(lastPayment.fromMonth, lastPayment.toMonth)}，${paymentMethodLabels[lastPayment.method]}）`
              : '暂无'}
          </DetailRow>
        </dl>
      </section>

      <section aria-label="欠交情况">
        {dues.arrears.length > 0 ? (
          <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200">
            欠交 {dues.arrears.length} 个月，共 {formatYuan(dues.arrearsFen)}：
            {dues.arrears.map((m) => monthText(m.month)).join('、')}。请尽快向支部补交。
          </p>
        ) : (
          <p className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">
            没有欠交的党费。
          </p>
        )}
      </section>

      <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
        <table className="min-w-full text-sm">
          <caption className="px-3 pt-3 text-left font-semibold text-stone-900">{year}年各月交纳情况</caption>
          <thead className="text-xs text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                月份
              </th>
              <th scope="col" className="px-3 py-2 text-center font-medium">
                情况
              </th>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                交纳日期
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {dues.months.map((m) => (
              <tr key={m.month}>
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  {Number(m.month.slice(5))}月
                </th>
                <MonthCell standing={m} />
                <td className="px-3 py-2 text-stone-600">
                  {m.payment ? `${m.payment.paidOn}（实交 ${fenToYuan(m.payment.amountFen)} 元）` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
