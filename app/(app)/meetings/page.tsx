import type { Metadata } from 'next';
import Link from 'next/link';
import { type MeetingRow, MeetingRows } from '@/app/(app)/meetings/_components/meeting-rows';
import { groupByMonth } from '@/app/(app)/meetings/_components/month-groups';
import { FilterForm } from '@/components/forms/filter-form';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { formatPercent, formatShortDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listMeetingKinds, listMeetings, type MeetingListRow, meetingCountsByKind } from '@/db/queries/meetings';
import { can } from '@/lib/auth/permissions';
import { meetingStatusLabels } from '@/lib/meetings/model';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '组织生活' };

export default async function MeetingsPage({
  searchParams,
}: {
  searchParams: Promise<{ kind?: string; removed?: string }>;
}) {
  const user = await requirePermission('meetings.read');
  const year = await getSelectedYear();
  const search = await searchParams;
  const kinds = listMeetingKinds(user);
  const kindId = kinds.find((k) => String(k.id) === search.kind)?.id;
  const rows = listMeetings(user, year, { kindId });
  const counts = meetingCountsByKind(user, year);
  const seminar = counts.find((c) => c.kindCode === 'seminar');

  return (
    <>
      <PageHeader
        title={`${year}年组织生活`}
        description="三会一课、主题党日、组织生活会等会议记录与出勤"
        actions={
          <>
            <a href={`/meetings/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
              导出台账
            </a>
            {can(user, 'meetings.write') && (
              <>
                <ButtonLink href="/meetings/new?status=planned" variant="secondary">
                  计划会议
                </ButtonLink>
                <ButtonLink href="/meetings/new">记录会议</ButtonLink>
              </>
            )}
          </>
        }
      />
      {search.removed && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          会议记录已删除（保留在审计记录中）。
        </p>
      )}

      <section aria-label="本年度统计" className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
        {counts.map((c) => (
          <Link
            key={c.kindId}
            href={`/meetings?kind=${c.kindId}`}
            className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600"
          >
            <p className="text-xs text-stone-600">{c.kindName}</p>
            <p className="mt-1 text-xl font-semibold">
              {c.count}
              <span className="ml-0.5 text-sm font-normal text-stone-500">次</span>
            </p>
          </Link>
        ))}
        {seminar && (
          <div className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
            <p className="text-xs text-stone-600">研讨材料 / 交流体会</p>
            <p className="mt-1 text-xl font-semibold">
              {seminar.seminarMaterials} / {seminar.exchangeArticles}
              <span className="ml-0.5 text-sm font-normal text-stone-500">篇</span>
            </p>
          </div>
        )}
      </section>

      <FilterForm aria-label="按类型筛选" className="mb-3 flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm text-stone-700">
          会议类型
          <select
            name="kind"
            defaultValue={kindId ?? ''}
            className="h-9 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300"
          >
            <option value="">全部</option>
            {kinds.map((k) => (
              <option key={k.id} value={k.id}>
                {k.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary', 'sm')}>
          筛选
        </button>
        <span className="text-sm text-stone-600">共 {rows.length} 次</span>
      </FilterForm>

      <MeetingRows months={groupByMonth(rows).map((g) => ({ label: g.label, rows: g.rows.map(meetingRow) }))} />
    </>
  );
}

function meetingRow(m: MeetingListRow): MeetingRow {
  return {
    id: m.id,
    date: formatShortDate(m.date),
    kind: m.groupName ?? m.kindName,
    kindTone: m.kindCode === 'committee' ? 'amber' : m.kindCode === 'theme_day' ? 'red' : 'stone',
    topic: m.topic,
    pendingStatus: m.status === 'held' ? null : meetingStatusLabels[m.status],
    attendance: `出席 ${m.present}/${m.expected} · ${formatPercent(m.present, m.expected)}`,
  };
}
