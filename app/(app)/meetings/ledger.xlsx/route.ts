import { listMeetings } from '@/db/queries/meetings';
import { routeUser } from '@/lib/auth/current-user';
import { meetingLedgerXlsx } from '@/lib/export/meeting-ledger-xlsx';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { yearOrCurrent } from '@/lib/year-range';

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
