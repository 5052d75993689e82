import { listCommitmentLetters, listIntegrityMeetings, responsibilityList } from '@/db/queries/integrity';
import { listTalks } from '@/db/queries/talks';
import { integrityCountsForYear } from '@/db/report/totals/integrity';
import { can } from '@/lib/auth/permissions';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { integrityLedgerXlsx } from '@/lib/integrity/ledger-xlsx';
import { integrityFigures } from '@/lib/integrity/model';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request) {
  const user = await routeUser('integrity.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const buffer = await integrityLedgerXlsx({
    branchName: user.branchName,
    year,
    figures: integrityFigures(integrityCountsForYear(user, year)),
    aspects: responsibilityList(user, year),
    letters: listCommitmentLetters(user, year),
    meetings: listIntegrityMeetings(user, year),
    talks: can(user, 'talks.read') ? listTalks(user, year, { kind: 'integrity' }).reverse() : null,
  });
  return downloadResponse(buffer, `${user.branchName}${year}年党风廉政建设台账.xlsx`, xlsxType);
}
