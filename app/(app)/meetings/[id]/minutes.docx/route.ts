import { getMeeting } from '@/db/queries/meetings';
import { docxType, downloadResponse, refusal } from '@/lib/http/download';
import { meetingMinutesDocx } from '@/lib/meetings/minutes-docx';
import { routeUser } from '@/server/auth/current-user';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await routeUser('meetings.read');
  if (user instanceof Response) return user;
  const meeting = getMeeting(user, Number((await params).id));
  if (!meeting) return refusal(404);
  const buffer = await meetingMinutesDocx({
    branchName: user.branchName,
    kindName: meeting.groupName ? `${meeting.groupName}${meeting.kindName}` : meeting.kindName,
    topic: meeting.topic,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    placeTags: meeting.placeTags,
    host: meeting.hostName,
    recorder: meeting.recorderName,
    lecturer: meeting.lecturerName,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
    decisions: meeting.decisions,
    seminarMaterials: meeting.kindCode === 'seminar' ? meeting.seminarMaterials : null,
    exchangeArticles: meeting.kindCode === 'seminar' ? meeting.exchangeArticles : null,
    attendance: meeting.attendance
      .filter((a) => a.status)
      .map((a) => ({ name: a.name, status: a.status!, reason: a.reason, expected: a.expected })),
    removed: meeting.removedAttendees.map(({ name, reason }) => ({ name, reason })),
  });
  return downloadResponse(buffer, `${meeting.date}${meeting.kindName}会议记录.docx`, docxType);
}
