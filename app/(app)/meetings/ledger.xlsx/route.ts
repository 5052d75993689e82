import { listMeetings } from '@/db/queries/meetings';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { meetingLedgerXlsx } from '@/lib/meetings/ledger-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request) {
  const user = await routeUser('meetings.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const rows = listMeetings(user, year)
    .filter((m) => m.status === 'held')
    .reverse();
  const buffer = await meetingLedgerXlsx({
    branchName: user.branchName,
    year,
    meetings: rows.map((m) => ({
      date: m.date,
      kindName: m.groupName ? `${m.groupName}${m.kindName}` : m.kindName,
      topic: m.topic,
      place: m.place,
      host: m.hostName,
      recorder: m.recorderName,
      expected: m.expected,
      present: m.present,
      leave: m.leave,
      absent: m.absent,
      seminarMaterials: m.seminarMaterials,
      exchangeArticles: m.exchangeArticles,
    })),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年组织生活台账.xlsx`, xlsxType);
}
