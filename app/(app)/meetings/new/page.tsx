import type { Metadata } from 'next';
import { MeetingForm } from '@/app/(app)/meetings/_components/meeting-form';
import { createMeeting } from '@/app/(app)/meetings/actions';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listMeetingKinds, listPossibleAttendees } from '@/db/queries/meetings';
import { listGroups } from '@/db/queries/people';
import { todayIso } from '@/lib/clock';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '记录会议' };

export default async function NewMeetingPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  const user = await requirePermission('meetings.write');
  const planned = (await searchParams).status === 'planned';
  return (
    <>
      <PageHeader
        title={planned ? '计划会议' : '记录会议'}
        description={
          planned
            ? '计划中的会议会出现在党员的“近期会议”中，召开后再补充记录和出勤。'
            : '记录已召开的会议及每位应到人员的出勤。'
        }
      />
      <Card>
        <MeetingForm
          action={createMeeting}
          kinds={listMeetingKinds(user)}
          groups={listGroups(user)}
          people={listPossibleAttendees(user)}
          initialStatus={planned ? 'planned' : 'held'}
          today={todayIso()}
          cancelHref="/meetings"
        />
      </Card>
    </>
  );
}
