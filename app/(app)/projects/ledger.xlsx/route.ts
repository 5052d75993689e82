import { activitiesForLedger, listProjects, serviceTotalsForYear } from '@/db/queries/projects';
import { routeUser } from '@/lib/auth/current-user';
import { serviceLedgerXlsx } from '@/lib/export/service-ledger-xlsx';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { yearOrCurrent } from '@/lib/year-range';

export async function GET(request: Request) {
  const user = await routeUser('projects.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const buffer = await serviceLedgerXlsx({
    branchName: user.branchName,
    year,
    projects: listProjects(user, year),
    activities: activitiesForLedger(user, year),
    totals: serviceTotalsForYear(user.branchId, year),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年结对与服务台账.xlsx`, xlsxType);
}
