import { rosterExport } from '@/db/queries/roster-export';
import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { writeRosterWorkbook } from '@/lib/export/roster-workbook';
import { downloadResponse, refusal, xlsxType } from '@/lib/http/download';
import { todayIso } from '@/lib/validation/fields';

/** The branch's roster and development histories, in the import template's layout. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refusal(401);
  if (!can(user, 'development.read')) return refusal(403);
  const buffer = await writeRosterWorkbook(rosterExport(user));
  return downloadResponse(buffer, `${user.branchName}党员名册与发展过程（${todayIso()}）.xlsx`, xlsxType);
}
