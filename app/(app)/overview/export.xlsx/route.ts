import { loadOverview } from '@/db/queries/overview-cache';
import { todayIso } from '@/lib/clock';
import { downloadResponse, refusal, xlsxType } from '@/lib/http/download';
import { overviewLines } from '@/lib/overview/lines';
import { overviewXlsx } from '@/lib/overview/overview-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

/** The overview's table of branches × this year's facts, as a spreadsheet. */
export async function GET(request: Request) {
  const user = await routeUser('overview.read');
  if (user instanceof Response) return user;
  if (user.organisationId === null) return refusal(403);
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const { organisation, organisations, branches, facts } = loadOverview(user.organisationId, year, todayIso());
  const title = `${organisation.name}${year}年党建工作情况`;
  const buffer = await overviewXlsx({
    title,
    lines: overviewLines(organisation.id, organisations, branches, facts, null),
  });
  return downloadResponse(buffer, `${title}.xlsx`, xlsxType);
}
