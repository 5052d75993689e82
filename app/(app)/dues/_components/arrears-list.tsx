import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { lapseMonths, reminderMonths } from '@/lib/dues/model';
import { monthText } from '@/lib/dues/month';
import type { DuesStanding } from '@/lib/dues/standing';
import { arrearsLevel } from '@/lib/dues/summary';
import { formatYuan } from '@/lib/money';

type Row = DuesStanding & { name: string };

/**
 * Members with unpaid months: from 3 a reminder to collect, 6 in a row flagged as a case the branch
 * handles under Article 9 of the Party Constitution. The flag informs; it changes nobody's status.
 */
export function ArrearsList({ rows }: { rows: Row[] }) {
  const owing = rows
    .filter((r) => r.arrears.length > 0)
    .sort((a, b) => b.longestRun.length - a.longestRun.length || b.arrears.length - a.arrears.length);
  if (owing.length === 0) return <p className="text-sm text-stone-600">没有欠交党费的党员。</p>;
  return (
    <ul aria-label="欠交党费的党员" className="divide-y divide-stone-100">
      {owing.map((r) => {
        const level = arrearsLevel(r);
        return (
          <li key={r.personId} className="flex flex-wrap items-start justify-between gap-2 py-2">
            <div className="min-w-0 flex-1 basis-64">
              <Link href={`/dues/${r.personId}`} className="font-medium text-brand-700 hover:underline">
                {r.name}
              </Link>
              <span className="ml-2 text-sm text-stone-700">
                欠交 {r.arrears.length} 个月，{formatYuan(r.arrearsFen)}
              </span>
              <p className="text-xs text-stone-600">{r.arrears.map((m) => monthText(m.month)).join('、')}</p>
              {level === 'lapsed' && (
                <p className="text-xs text-red-800">
                  连续{r.longestRun.length}个月未交纳党费（{monthText(r.longestRun[0])}至
                  {monthText(r.longestRun[r.longestRun.length - 1])}
                  ），又无正当理由的，按党章第九条由支部研究处理；系统仅作提示，不改变党员状态。
                </p>
              )}
            </div>
            {level === 'lapsed' && <Badge tone="red">连续{lapseMonths}个月以上未交</Badge>}
            {level === 'remind' && <Badge tone="amber">欠交{reminderMonths}个月以上，请催缴</Badge>}
          </li>
        );
      })}
    </ul>
  );
}
