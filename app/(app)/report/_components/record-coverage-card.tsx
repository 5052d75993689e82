import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { reportRecordCoverage } from '@/db/report/coverage';

/** What the year's records hold, area by area, so the gaps are filled in before the draft is written from them. */
export function RecordCoverageCard({ year, areas }: { year: number; areas: ReturnType<typeof reportRecordCoverage> }) {
  const missing = areas.filter((a) => a.count === 0).length;
  return (
    <Card title={`${year}年的记录`} className="mt-5">
      <p className="mb-3 text-sm text-stone-700">
        {missing > 0
          ? `初稿中的数字都按记录计算：以下 ${missing} 个方面${year}年还没有记录，生成的初稿中相应数字为0。可先补录，再生成初稿；生成后记录的变动也会自动更新数字。`
          : `各方面都已有${year}年的记录。`}
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {areas.map((area) => (
          <li key={area.key}>
            <Link
              href={area.href}
              className={`flex min-h-11 items-center justify-between gap-3 rounded-md px-3 py-2 text-sm ring-1 hover:ring-brand-600 ${area.count === 0 ? 'bg-amber-50 text-amber-900 ring-amber-200' : 'bg-white ring-stone-200'}`}
            >
              <span className="font-medium">{area.label}</span>
              <span className="tabular-nums">{area.count === 0 ? '尚无记录' : `${area.count}${area.unit}`}</span>
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
