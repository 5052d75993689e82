import { getCurrentUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { writeRosterWorkbook } from '@/lib/export/roster-workbook';
import { downloadResponse, refusal, xlsxType } from '@/lib/http/download';

/** The empty import template: 党员名册 and 发展过程 with their header rows, and 填写说明. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refusal(401);
  if (!can(user, 'development.read')) return refusal(403);
  const buffer = await writeRosterWorkbook({ people: [], steps: [] });
  return downloadResponse(buffer, '党员名册与发展过程导入模板.xlsx', xlsxType);
}
