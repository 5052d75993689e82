import { reportBranchId } from '@/db/report/rendered';
import { can } from '@/lib/auth/permissions';
import { docxType, downloadResponse, refusal } from '@/lib/http/download';
import { routeUser } from '@/server/auth/current-user';
import { reportDocx } from '@/server/report/docx-export';

/**
 * The report as an official .docx at a stable address: the caller's branch, or for a reviewer the
 * branch named by `?branch=`. A reviewer reads only submitted reports. Text left with a placeholder is
 * still exported, with a warning header the page shows before the download.
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  const reviewer = can(user, 'report.review');
  if (!can(user, 'report.write') && !reviewer) return refusal(403);
  const branchId = reportBranchId(user, new URL(request.url).searchParams.get('branch'));
  const year = Number((await params).year);
  if (branchId === null || !Number.isInteger(year)) return refusal(404);
  const loaded = await reportDocx(branchId, year);
  if (!loaded || (reviewer && !loaded.submitted)) return refusal(404);
  const response = downloadResponse(loaded.docx, loaded.fileName, docxType);
  if (loaded.placeholders) response.headers.set('X-Report-Placeholders', String(loaded.placeholders));
  return response;
}
