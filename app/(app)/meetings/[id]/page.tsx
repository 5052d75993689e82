import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { CancelMeetingButton } from '@/app/(app)/meetings/_components/cancel-meeting-button';
import { cancelMeeting, removeMeetingAttachment, uploadMeetingAttachment } from '@/app/(app)/meetings/actions';
import { AttachmentsPanel } from '@/components/attachments/attachments-panel';
import { Badge } from '@/components/ui/badge';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { DetailRow } from '@/components/ui/detail-list';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { getMeeting, type MeetingDetail } from '@/db/queries/meetings';
import { can } from '@/lib/auth/permissions';
import { attendanceStatusLabels, meetingStatusLabels } from '@/lib/meetings/model';
import { quorumFor } from '@/lib/meetings/quorum';
import { requireUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '会议详情' };

export default async function MeetingPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requireUser();
  if (!can(user, 'meetings.read')) forbidden();
  const meeting = getMeeting(user, Number((await params).id));
  if (!meeting) notFound();
  const { saved } = await searchParams;
  const writer = can(user, 'meetings.write');
  const quorum =
    meeting.status === 'held'
      ? quorumFor(meeting.attendeeScope, meeting.kindCode, meeting.hasVote, meeting.attendance)
      : null;
  const expected = meeting.attendance.filter((a) => a.expected);
  const guests = meeting.attendance.filter((a) => !a.expected);
  const present = expected.filter((a) => a.status === 'present');
  const time = [meeting.startTime, meeting.endTime].filter(Boolean).join('—');

  return (
    <>
      <PageHeader
        title={meeting.topic}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="red">{meeting.groupName ?? meeting.kindName}</Badge>
            <Badge tone={meeting.status === 'held' ? 'green' : 'blue'}>{meetingStatusLabels[meeting.status]}</Badge>
            <span>
              {formatDate(meeting.date, true)} {time}
            </span>
          </span>
        }
        actions={
          <>
            {meeting.status === 'held' && (
              <a href={`/meetings/${meeting.id}/minutes.docx`} className={buttonClass('secondary')} download>
                导出会议记录
              </a>
            )}
            {writer && meeting.status !== 'cancelled' && (
              <ButtonLink href={`/meetings/${meeting.id}/edit`}>编辑</ButtonLink>
            )}
          </>
        }
      />
      {saved && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          会议已保存。
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-5">
          <Card title="会议信息">
            <dl className="divide-y divide-stone-100">
              <DetailRow label="地点">
                {[meeting.place, meeting.placeTags.length ? `（${meeting.placeTags.join('、')}）` : ''].join('')}
              </DetailRow>
              <DetailRow label="主持人">{meeting.hostName}</DetailRow>
              <DetailRow label="记录人">{meeting.recorderName}</DetailRow>
              <DetailRow label="主讲人">{meeting.lecturerName}</DetailRow>
              <DetailRow label="议程">{meeting.agenda}</DetailRow>
              <DetailRow label="会议记录">{meeting.minutes}</DetailRow>
              <DetailRow label="会议决定">{meeting.decisions}</DetailRow>
              {meeting.kindCode === 'seminar' && (
                <DetailRow label="研讨成果">
                  研讨材料 {meeting.seminarMaterials ?? 0} 篇，交流体会 {meeting.exchangeArticles ?? 0} 篇
                </DetailRow>
              )}
            </dl>
          </Card>
          <Card title="附件">
            <AttachmentsPanel
              owner={{ meetingId: meeting.id }}
              files={meeting.attachments}
              upload={writer ? uploadMeetingAttachment : undefined}
              remove={writer ? removeMeetingAttachment : undefined}
            />
          </Card>
        </div>

        <Card title={`出勤（应到 ${expected.length} 人，实到 ${present.length} 人）`}>
          {quorum && (
            <p
              role="note"
              aria-label="法定人数"
              className={`mb-3 rounded-md px-3 py-2 text-sm ${quorum.valid ? 'bg-emerald-50 text-emerald-800' : 'bg-amber-50 text-amber-900'}`}
            >
              {quorum.message}
            </p>
          )}
          <AttendanceList label="出勤名单" rows={expected} />
          {guests.length > 0 && (
            <section aria-label="列席人员" className="mt-4 border-t border-stone-100 pt-3">
              <h3 className="text-sm font-medium text-stone-700">列席 {guests.length} 人（不计入应到人数）</h3>
              <AttendanceList label="列席名单" rows={guests} />
            </section>
          )}
          {meeting.removedAttendees.length > 0 && (
            <section aria-label="已移出应到名单" className="mt-4 border-t border-stone-100 pt-3">
              <h3 className="text-sm font-medium text-stone-700">
                移出应到名单 {meeting.removedAttendees.length} 人（不计入应到人数）
              </h3>
              <ul className="divide-y divide-stone-100 text-sm">
                {meeting.removedAttendees.map((r) => (
                  <li key={r.personId} className="flex items-center justify-between gap-2 py-1.5">
                    <span>{r.name}</span>
                    <span className="text-right text-stone-600">{r.reason}</span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </Card>
      </div>

      {writer && meeting.status !== 'cancelled' && (
        <div className="mt-6 border-t border-stone-200 pt-4">
          <CancelMeetingButton
            id={meeting.id}
            version={meeting.version}
            held={meeting.status === 'held'}
            action={cancelMeeting}
          />
        </div>
      )}
    </>
  );
}

function AttendanceList({ label, rows }: { label: string; rows: MeetingDetail['attendance'] }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-100 text-sm">
      {rows.map((a) => (
        <li key={a.personId} className="flex items-center justify-between gap-2 py-1.5">
          <span>{a.name}</span>
          <span className="text-right text-stone-600">
            {a.status ? attendanceStatusLabels[a.status] : '未标记'}
            {a.reason && `（${a.reason}）`}
            {a.signedInAt && <span className="ml-1 text-xs text-emerald-700">已签到</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
