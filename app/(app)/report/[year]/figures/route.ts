import { cachedFigures } from '@/db/report/figures/compute';
import { reportBranchId } from '@/db/report/rendered';
import { can } from '@/lib/auth/permissions';
import { refusal } from '@/lib/http/download';
import { figuresForReader, summariesOf } from '@/lib/report/figure-types';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

/**
 * The figures of the given tokens for a branch and the year, as JSON: the caller's branch, or for a
 * reviewer the branch named by `?branch=`. Values only, unless `?records=1` asks for the records behind
 * them too (a figure's chip asks when it is opened).
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  if (!can(user, 'report.write') && !can(user, 'report.review')) return refusal(403);
  const search = new URL(request.url).searchParams;
  const branchId = reportBranchId(user, search.get('branch'));
  if (branchId === null) return refusal(404);
  const year = yearOrCurrent((await params).year);
  const keys = search.getAll('key').slice(0, 500);
  const figures = cachedFigures({ branchId }, year, keys);
  return Response.json(search.get('records') === '1' ? figuresForReader(user, figures) : summariesOf(figures), {
    headers: { 'Cache-Control': 'no-store' },
  });
}
