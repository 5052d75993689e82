import { downloadResponse, xlsxType } from '@/lib/http/download';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import { routeUser } from '@/server/auth/current-user';

/** The empty import template: 党员名册 and 发展过程 with their header rows, and 填写说明. */
export async function GET() {
  const user = await routeUser('development.read');
  if (user instanceof Response) return user;
  const buffer = await writeRosterWorkbook({ people: [], steps: [] });
  return downloadResponse(buffer, '党员名册与发展过程导入模板.xlsx', xlsxType);
}
