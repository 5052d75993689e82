import { readableReport } from '@/db/report/access';
import { docxType, downloadResponse, refusal } from '@/lib/http/download';
import { routeUser } from '@/server/auth/current-user';
import { reportDocx } from '@/server/report/docx-export';

/**
 * The report as an official .docx at a stable address: the caller's own, or for a reviewer above the
 * branch (`?branch=`) or organisation (`?organisation=`) it names, submitted reports only. Text left with a
 * placeholder is still exported, with a warning header the page shows before the download.
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  const search = new URL(request.url).searchParams;
  const requested = readableReport(user, { branch: search.get('branch'), organisation: search.get('organisation') });
  const year = Number((await params).year);
  if (requested === 'forbidden') return refusal(403);
  if (requested === 'missing' || !Number.isInteger(year)) return refusal(404);
  const loaded = await reportDocx(requested.owner, year);
  if (!loaded || (!requested.own && !loaded.submitted)) return refusal(404);
  const response = downloadResponse(loaded.docx, loaded.fileName, docxType);
  if (loaded.placeholders) response.headers.set('X-Report-Placeholders', String(loaded.placeholders));
  return response;
}
