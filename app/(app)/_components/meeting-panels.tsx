import Link from 'next/link';
import { branchCompliance } from '@/db/queries/compliance';
import { lastHeldMeetingDate, listMyAttendance, listUpcomingMeetings } from '@/db/queries/meetings';
import { Card } from '@/components/ui/card';
import { formatDate, formatPercent } from '@/components/ui/format';
import type { SessionUser } from '@/lib/auth/session-user';
import { complianceWarnings, daysSinceLastMeeting, inactivityThresholdDays } from '@/lib/rules/compliance';

/** Warnings before a period closes, this year's missed periods, and a long silence. */
export function ComplianceWarningsPanel({ user, today }: { user: SessionUser; today: string }) {
  const year = Number(today.slice(0, 4));
  const warnings = complianceWarnings(branchCompliance(user, year, today), today);
  const last = lastHeldMeetingDate(user, today);
  const silentDays = daysSinceLastMeeting(last ? [{ date: last }] : [], today);
  return (
    <Card title="组织生活提醒" action={<Link href="/meetings/calendar" className="text-sm text-brand-700 hover:underline">合规日历</Link>}>
      <ul className="space-y-1.5 text-sm">
        {silentDays !== null && silentDays >= inactivityThresholdDays && (
          <li className="text-red-800">已有 {silentDays} 天未开展组织生活（上次：{formatDate(last!)}）</li>
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

export function UpcomingMeetingsPanel({ user, today, linkToDetail }: { user: SessionUser; today: string; linkToDetail: boolean }) {
  const upcoming = listUpcomingMeetings(user, today);
  return (
    <Card title="近期会议">
      <ul className="divide-y divide-stone-100 text-sm">
        {upcoming.map((m) => {
          const label = (
            <>
              <span className="font-medium">{m.topic}</span>
              <span className="block text-xs text-stone-600">
                {m.kindName} · {m.date === today ? '今天' : formatDate(m.date, true)} {m.startTime ?? ''} · {m.place ?? '地点待定'}
              </span>
            </>
          );
          return (
            <li key={m.id} className="py-2">
              {linkToDetail ? <Link href={`/meetings/${m.id}`} className="block hover:text-brand-700">{label}</Link> : label}
            </li>
          );
        })}
        {upcoming.length === 0 && <li className="py-2 text-stone-600">暂无计划中的会议。</li>}
      </ul>
      {!linkToDetail && (
        <Link href="/meetings/mine" className="mt-2 inline-block text-sm text-brand-700 hover:underline">去签到 / 查看我的出勤</Link>
      )}
    </Card>
  );
}

export function MyAttendanceSummary({ user, year }: { user: SessionUser; year: number }) {
  const held = listMyAttendance(user, year).filter((r) => r.meetingStatus === 'held');
  const present = held.filter((r) => r.status === 'present').length;
  return (
    <span>
      {year}年出勤：{present}/{held.length}（{formatPercent(present, held.length)}）
    </span>
  );
}
