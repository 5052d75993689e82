import { activitiesForLedger } from '@/db/queries/project-ledger';
import { listProjects } from '@/db/queries/project-list';
import { serviceTotalsForYear } from '@/db/report/totals/service';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { serviceLedgerXlsx } from '@/lib/service/ledger-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request) {
  const user = await routeUser('projects.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const buffer = await serviceLedgerXlsx({
    branchName: user.branchName,
    year,
    projects: listProjects(user, year),
    activities: activitiesForLedger(user, year),
    totals: serviceTotalsForYear(user, year),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年结对与服务台账.xlsx`, xlsxType);
}
