import { duesLedger, listHandovers } from '@/db/queries/dues';
import { duesLedgerXlsx } from '@/lib/dues/dues-xlsx';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

/** The year's 党费台账 (people × months, payments, 上缴) for those who keep the ledger. */
export async function GET(request: Request) {
  const user = await routeUser('dues.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const range = { from: `${year}-01`, to: `${year}-12` };
  const buffer = await duesLedgerXlsx({
    branchName: user.branchName,
    year,
    people: duesLedger(user, range),
    handovers: listHandovers(user, range).reverse(),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年党费台账.xlsx`, xlsxType);
}
