import { rosterExport } from '@/db/queries/roster-export';
import { routeUser } from '@/lib/auth/current-user';
import { todayIso } from '@/lib/clock';
import { writeRosterWorkbook } from '@/lib/export/roster-workbook';
import { downloadResponse, xlsxType } from '@/lib/http/download';

/** The branch's roster and development histories, in the import template's layout. */
export async function GET() {
  const user = await routeUser('development.read');
  if (user instanceof Response) return user;
  const buffer = await writeRosterWorkbook(rosterExport(user));
  return downloadResponse(buffer, `${user.branchName}党员名册与发展过程（${todayIso()}）.xlsx`, xlsxType);
}
