import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatPercent } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { attendanceByPerson, meetingCountsByKind } from '@/db/queries/meetings';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '出勤统计' };

type PersonAttendance = ReturnType<typeof attendanceByPerson>[number];

/** The person's columns, the rate first: on a phone it is the figure read, and never the one cut off. */
const personColumns: { label: string; value: (p: PersonAttendance) => string | number }[] = [
  { label: '出勤率', value: (p) => formatPercent(p.present, p.expected) },
  { label: '出席', value: (p) => p.present },
  { label: '请假', value: (p) => p.leave },
  { label: '缺席', value: (p) => p.absent },
  { label: '应参加', value: (p) => p.expected },
];

export default async function MeetingStatsPage() {
  const user = await requirePermission('meetings.read');
  const year = await getSelectedYear();
  const counts = meetingCountsByKind(user, year);
  const people = attendanceByPerson(user, year);
  const seminar = counts.find((c) => c.kindCode === 'seminar');

  return (
    <>
      <PageHeader title={`${year}年组织生活统计`} description="按已召开的会议统计；点击类型查看对应会议。" />
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <Card title="会议次数" className="min-w-0">
          <table className="w-full text-sm">
            <caption className="sr-only">各类会议次数</caption>
            <tbody className="divide-y divide-stone-100">
              {counts.map((c) => (
                <tr key={c.kindId}>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    <Link href={`/meetings?kind=${c.kindId}`} className="text-brand-700 hover:underline">
                      {c.kindName}
                    </Link>
                  </th>
                  <td className="py-1.5 text-right tabular-nums">{c.count} 次</td>
                </tr>
              ))}
              {seminar && (
                <tr>
                  <th scope="row" className="py-1.5 text-left font-normal">
                    研讨材料 / 交流体会
                  </th>
                  <td className="py-1.5 text-right tabular-nums">
                    {seminar.seminarMaterials} / {seminar.exchangeArticles} 篇
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </Card>
        <Card title="个人出勤" className="min-w-0">
          {/* Fits a 390 px phone as it is; should names run long, it scrolls inside its own box, never the page. */}
          <div className="-mx-1 overflow-x-auto px-1">
            <table className="w-full text-sm">
              <caption className="sr-only">个人出勤统计</caption>
              <thead className="text-left whitespace-nowrap text-stone-600">
                <tr>
                  <th scope="col" className="py-1.5 pr-2 font-medium">
                    姓名
                  </th>
                  {personColumns.map((c) => (
                    <th key={c.label} scope="col" className="py-1.5 pl-2 text-right font-medium">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {people.map((p) => (
                  <tr key={p.personId}>
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal whitespace-nowrap">
                      {p.name}
                    </th>
                    {personColumns.map((c) => (
                      <td key={c.label} className="py-1.5 pl-2 text-right whitespace-nowrap">
                        {c.value(p)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-stone-600">出勤率 = 出席 ÷ 应参加；请假不算出席。</p>
        </Card>
      </div>
    </>
  );
}
