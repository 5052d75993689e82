import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatPercent } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { attendanceByPerson, meetingCountsByKind } from '@/db/queries/meetings';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '出勤统计' };

export default async function MeetingStatsPage() {
  const user = await requirePermission('meetings.read');
  const year = await getSelectedYear();
  const counts = meetingCountsByKind(user, year);
  const people = attendanceByPerson(user, year);
  const seminar = counts.find((c) => c.kindCode === 'seminar');

  return (
    <>
      <PageHeader title={`${year}年组织生活统计`} description="按已召开的会议统计；点击类型查看对应会议。" />
      <div className="grid gap-5 lg:grid-cols-[20rem_1fr]">
        <Card title="会议次数">
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
        <Card title="个人出勤">
          <div className="overflow-x-auto">
            <table className="w-full min-w-[28rem] text-sm">
              <caption className="sr-only">个人出勤统计</caption>
              <thead className="text-left text-stone-600">
                <tr>
                  <th scope="col" className="py-1.5 font-medium">
                    姓名
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    应参加
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    出席
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    请假
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    缺席
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    出勤率
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-stone-100 tabular-nums">
                {people.map((p) => (
                  <tr key={p.personId}>
                    <td className="py-1.5">{p.name}</td>
                    <td className="py-1.5 text-right">{p.expected}</td>
                    <td className="py-1.5 text-right">{p.present}</td>
                    <td className="py-1.5 text-right">{p.leave}</td>
                    <td className="py-1.5 text-right">{p.absent}</td>
                    <td className="py-1.5 text-right">{formatPercent(p.present, p.expected)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
    </>
  );
}
