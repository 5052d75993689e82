import { listWorkOutputs } from '@/db/queries/work-outputs';
import { workOutputTotalsForYear } from '@/db/report/totals/work-outputs';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { workOutputLedgerXlsx } from '@/lib/work-outputs/ledger-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request) {
  const user = await routeUser('outputs.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const buffer = await workOutputLedgerXlsx({
    branchName: user.branchName,
    year,
    entries: listWorkOutputs(user, year).reverse(),
    totals: workOutputTotalsForYear(user, year),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年工作成果台账.xlsx`, xlsxType);
}
