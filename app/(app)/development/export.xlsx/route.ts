import { rosterExport } from '@/db/queries/roster-export';
import { todayIso } from '@/lib/clock';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import { routeUser } from '@/server/auth/current-user';

/** The branch's roster and development histories, in the import template's layout. */
export async function GET() {
  const user = await routeUser('development.read');
  if (user instanceof Response) return user;
  const buffer = await writeRosterWorkbook(rosterExport(user));
  return downloadResponse(buffer, `${user.branchName}党员名册与发展过程（${todayIso()}）.xlsx`, xlsxType);
}
