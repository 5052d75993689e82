import { listRectificationItems } from '@/db/queries/rectification';
import { todayIso } from '@/lib/clock';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { rectificationLedgerXlsx } from '@/lib/rectification/ledger-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request) {
  const user = await routeUser('rectification.read');
  if (user instanceof Response) return user;
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const today = todayIso();
  const buffer = await rectificationLedgerXlsx({
    branchName: user.branchName,
    year,
    today,
    items: listRectificationItems(user, year, today),
  });
  return downloadResponse(buffer, `${user.branchName}${year}年问题整改台账.xlsx`, xlsxType);
}
