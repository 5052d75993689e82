import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MeetingForm } from '@/app/(app)/meetings/_components/meeting-form';
import { updateMeeting } from '@/app/(app)/meetings/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getMeeting, listMeetingKinds, listPossibleAttendees } from '@/db/queries/meetings';
import { listGroups } from '@/db/queries/people';
import { todayIso } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '编辑会议' };

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission('meetings.write');
  const meeting = getMeeting(user, Number((await params).id));
  if (!meeting || meeting.status === 'cancelled') notFound();
  return (
    <>
      <PageHeader
        title="编辑会议"
        description={
          meeting.status === 'held'
            ? '修改已召开会议的记录会留下修改前后的审计记录。'
            : '会议召开后，把状态改为“已召开”并标记出勤。'
        }
      />
      <Card>
        <MeetingForm
          action={updateMeeting}
          kinds={listMeetingKinds(user)}
          groups={listGroups(user, meeting.groupId)}
          people={listPossibleAttendees(user)}
          meeting={meeting}
          initialStatus={meeting.status === 'held' ? 'held' : 'planned'}
          today={todayIso()}
          cancelHref={`/meetings/${meeting.id}`}
        />
      </Card>
    </>
  );
}
