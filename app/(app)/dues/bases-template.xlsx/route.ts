import { basesTemplateXlsx } from '@/lib/dues/bases-xlsx';
import { downloadResponse, xlsxType } from '@/lib/http/download';
import { routeUser } from '@/server/auth/current-user';

/** The empty template for importing 党费基数 from a payroll sheet, with its 填写说明. */
export async function GET() {
  const user = await routeUser('dues.write');
  if (user instanceof Response) return user;
  return downloadResponse(await basesTemplateXlsx(), '党费基数导入模板.xlsx', xlsxType);
}
