import Link from 'next/link';
import { Card } from '@/components/ui/card';
import { formatDate, formatPercent } from '@/components/ui/format';
import type { Dashboard } from '@/db/queries/dashboard';
import { daysSinceLastMeeting, inactivityThresholdDays } from '@/lib/meetings/compliance';

/** Warnings before a period closes, this year's missed periods, and a long silence. */
export function ComplianceWarningsPanel({
  compliance: { warnings, lastHeld },
  today,
}: {
  compliance: NonNullable<Dashboard['compliance']>;
  today: string;
}) {
  const silentDays = daysSinceLastMeeting(lastHeld ? [{ date: lastHeld }] : [], today);
  return (
    <Card
      title="组织生活提醒"
      action={
        <Link href="/meetings/calendar" className="text-sm text-brand-700 hover:underline">
          合规日历
        </Link>
      }
    >
      <ul className="space-y-1.5 text-sm">
        {silentDays !== null && silentDays >= inactivityThresholdDays && (
          <li className="text-red-800">
            已有 {silentDays} 天未开展组织生活（上次：{formatDate(lastHeld!)}）
          </li>
        )}
        {warnings.map((w) => (
          <li key={`${w.ruleKey}-${w.message}`} className={w.level === 'missed' ? 'text-red-800' : 'text-amber-900'}>
            {w.message}
          </li>
        ))}
        {warnings.length === 0 && (silentDays === null || silentDays < inactivityThresholdDays) && (
          <li className="text-emerald-800">本期各类会议均已按频次要求召开。</li>
        )}
      </ul>
    </Card>
  );
}

export function UpcomingMeetingsPanel({
  upcoming,
  today,
  linkToDetail,
}: {
  upcoming: NonNullable<Dashboard['upcoming']>;
  today: string;
  linkToDetail: boolean;
}) {
  return (
    <Card title="近期会议">
      <ul className="divide-y divide-stone-100 text-sm">
        {upcoming.map((m) => {
          const label = (
            <>
              <span className="font-medium">{m.topic}</span>
              <span className="block text-xs text-stone-600">
                {m.kindName} · {m.date === today ? '今天' : formatDate(m.date, true)} {m.startTime ?? ''} ·{' '}
                {m.place ?? '地点待定'}
              </span>
            </>
          );
          return (
            <li key={m.id} className="py-2">
              {linkToDetail ? (
                <Link href={`/meetings/${m.id}`} className="block hover:text-brand-700">
                  {label}
                </Link>
              ) : (
                label
              )}
            </li>
          );
        })}
        {upcoming.length === 0 && <li className="py-2 text-stone-600">暂无计划中的会议。</li>}
      </ul>
      {!linkToDetail && (
        <Link
          href="/meetings/mine"
          className="mt-2 inline-flex min-h-11 items-center text-sm font-medium text-brand-800 hover:underline"
        >
          去签到 / 查看我的出勤
        </Link>
      )}
    </Card>
  );
}

export function MyAttendanceSummary({
  year,
  attendance: { present, held },
}: {
  year: number;
  attendance: NonNullable<Dashboard['myAttendance']>;
}) {
  return (
    <span>
      {year}年出勤：{present}/{held}（{formatPercent(present, held)}）
    </span>
  );
}
