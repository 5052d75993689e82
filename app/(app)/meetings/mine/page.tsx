import type { Metadata } from 'next';
import { signInToMeeting } from '@/app/(app)/meetings/actions';
import { AttendanceRecords } from '@/app/(app)/meetings/mine/attendance-records';
import { SignInButton } from '@/app/(app)/meetings/mine/sign-in-button';
import { attendanceSummary } from '@/app/(app)/meetings/mine/summary';
import { Badge } from '@/components/ui/badge';
import { formatDate, formatDateTime } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listMyAttendance } from '@/db/queries/meetings';
import { todayIso } from '@/lib/clock';
import { attendanceStatusLabels } from '@/lib/meetings/model';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '我的出勤' };

const tones = { present: 'green', leave: 'amber', absent: 'red' } as const;

export default async function MyAttendancePage() {
  const user = await requirePermission('meetings.attend');
  const year = await getSelectedYear();
  const today = todayIso();
  const rows = listMyAttendance(user, year);
  const upcoming = rows.filter((r) => r.meetingStatus === 'planned' && r.date >= today).reverse();
  const held = rows.filter((r) => r.meetingStatus === 'held');
  const summary = attendanceSummary(held);

  return (
    <>
      <PageHeader title="我的出勤" description={`${user.name}，${year}年应参加的会议及出勤情况`} />

      <section aria-label="出勤概况" className="mb-5 rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
        <p className="flex items-baseline gap-2">
          <span className="text-sm text-stone-600">出勤率</span>
          <span className="text-2xl font-semibold text-stone-900 tabular-nums">{summary.rate}</span>
        </p>
        <dl className="mt-2 grid grid-cols-4 gap-2 text-center">
          {(
            [
              ['应参加', summary.expected],
              ['出席', summary.present],
              ['请假', summary.leave],
              ['缺席', summary.absent],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="rounded-md bg-stone-50 py-1.5">
              <dt className="text-xs text-stone-600">{label}</dt>
              <dd className="text-xl font-semibold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-xs text-stone-600">{summary.rule}</p>
      </section>

      {upcoming.length > 0 && (
        <section aria-label="近期会议" className="mb-5">
          <h2 className="mb-2 text-base font-semibold">近期会议</h2>
          <ul className="space-y-2">
            {upcoming.map((r) => (
              <li
                key={r.meetingId}
                className="flex items-center justify-between gap-3 rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200"
              >
                <div className="min-w-0">
                  <p className="font-medium">{r.topic}</p>
                  <p className="text-xs text-stone-600">
                    {r.kindName} · {formatDate(r.date, true)} {r.startTime ?? ''} · {r.place ?? '地点待定'}
                  </p>
                </div>
                {r.date === today && !r.signedInAt ? (
                  <SignInButton meetingId={r.meetingId} topic={r.topic} action={signInToMeeting} />
                ) : r.signedInAt ? (
                  <Badge tone="green">已签到</Badge>
                ) : (
                  <Badge tone="blue">待召开</Badge>
                )}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-stone-600">签到自愿，不签到不影响出勤：会议记录人会统一登记。</p>
        </section>
      )}

      <section aria-label="出勤记录">
        <h2 className="mb-2 text-base font-semibold">出勤记录</h2>
        <AttendanceRecords
          records={held.map((r) => ({
            meetingId: r.meetingId,
            topic: r.topic,
            detail: `${r.kindName} · ${formatDate(r.date)}`,
            status: r.status ? `${attendanceStatusLabels[r.status]}${r.reason ? `（${r.reason}）` : ''}` : '未登记',
            tone: r.status ? tones[r.status] : 'stone',
            facts: [
              {
                label: '时间',
                value: `${formatDate(r.date, true)} ${[r.startTime, r.endTime].filter(Boolean).join('—')}`.trim(),
              },
              { label: '地点', value: r.place ?? '未登记' },
              { label: '主持人', value: r.hostName ?? '未登记' },
              { label: '签到', value: r.signedInAt ? formatDateTime(r.signedInAt) : '未签到（由记录人登记出勤）' },
            ],
          }))}
        />
      </section>
    </>
  );
}
