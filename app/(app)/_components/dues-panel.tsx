import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { lapseMonths, reminderMonths } from '@/lib/dues/model';
import { monthText } from '@/lib/dues/month';
import type { DuesStanding } from '@/lib/dues/standing';
import { arrearsLevel } from '@/lib/dues/summary';

type Row = Pick<DuesStanding, 'personId' | 'arrears' | 'longestRun' | 'lapsed'> & { name: string };

/**
 * Members behind with their dues, for the committee: a reminder from 3 unpaid months, and 6 in a row
 * flagged for the branch to handle under Article 9 (information only: nobody's status changes).
 */
export function DuesPanel({ rows }: { rows: Row[] }) {
  const owing = rows.filter((r) => r.arrears.length > 0);
  if (owing.length === 0) return null;
  const flagged = owing
    .filter((r) => arrearsLevel(r) !== 'owing')
    .sort((a, b) => b.longestRun.length - a.longestRun.length || b.arrears.length - a.arrears.length);
  return (
    <Card
      title="党费欠交"
      action={
        <Link
          href="/dues?state=arrears"
          className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline"
        >
          党费台账
        </Link>
      }
    >
      <p className="text-sm text-stone-700">
        <span className="font-semibold">{owing.length}</span> 名党员有未交的党费
        {flagged.length > 0 && `，其中 ${flagged.length} 名欠交${reminderMonths}个月以上，请催缴`}。
      </p>
      {flagged.length > 0 && (
        <ul aria-label="欠交党费较久的党员" className="mt-2 divide-y divide-stone-100 text-sm">
          {flagged.map((r) => (
            <li key={r.personId} className="py-1.5">
              <Link href={`/dues/${r.personId}`} className="font-medium text-brand-700 hover:underline">
                {r.name}
              </Link>{' '}
              欠交 {r.arrears.length} 个月（{r.arrears.map((m) => monthText(m.month)).join('、')}）
              {r.lapsed && (
                <span className="block text-xs text-red-800">
                  已连续{r.longestRun.length}个月未交（满{lapseMonths}
                  个月），无正当理由的按党章第九条由支部研究处理；仅作提示。
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
