import Link from 'next/link';
import { MonthCell } from '@/app/(app)/dues/_components/month-cell';
import { duesCategoryLabels } from '@/lib/dues/model';
import type { DuesStanding } from '@/lib/dues/standing';
import { fenToYuan } from '@/lib/money';

type Row = DuesStanding & { name: string; groupName: string | null };

/**
 * The year's ledger: a member a row, a month a column. It scrolls sideways inside its frame on a phone,
 * with the names kept in view.
 */
export function DuesGrid({ rows, year }: { rows: Row[]; year: number }) {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{year}年党费交纳台账</caption>
        <thead className="bg-stone-50 text-xs text-stone-600">
          <tr>
            <th scope="col" className="sticky left-0 bg-stone-50 px-3 py-2 text-left font-medium">
              姓名
            </th>
            <th scope="col" className="px-2 py-2 text-left font-medium whitespace-nowrap">
              类别
            </th>
            {months.map((m) => (
              <th key={m} scope="col" className="px-1.5 py-2 font-medium whitespace-nowrap">
                {m}月
              </th>
            ))}
            <th scope="col" className="px-2 py-2 text-right font-medium whitespace-nowrap">
              欠交（元）
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((row) => (
            <tr key={row.personId}>
              <th scope="row" className="sticky left-0 bg-white px-3 py-1 text-left font-normal whitespace-nowrap">
                <Link
                  href={`/dues/${row.personId}`}
                  className="inline-flex min-h-11 items-center text-brand-700 hover:underline sm:min-h-0"
                >
                  {row.name}
                </Link>
                {row.groupName && <span className="ml-1 hidden text-xs text-stone-500 lg:inline">{row.groupName}</span>}
              </th>
              <td className="px-2 py-1 text-xs whitespace-nowrap text-stone-600">
                {row.base ? duesCategoryLabels[row.base.category] : '未核定'}
              </td>
              {row.months.map((m) => (
                <MonthCell key={m.month} standing={m} name={row.name} />
              ))}
              <td className="px-2 py-1 text-right tabular-nums">
                {row.arrearsFen > 0 ? (
                  <span className="font-medium text-red-800">{fenToYuan(row.arrearsFen)}</span>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={15} className="px-4 py-8 text-center text-stone-600">
                没有符合条件的党员。
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
