import { cachedFigures } from '@/db/queries/report-figures';
import { routeUser } from '@/lib/auth/current-user';
import { can } from '@/lib/auth/permissions';
import { refusal } from '@/lib/http/download';
import { yearOrCurrent } from '@/lib/year-range';

/** The figures of the given tokens for the caller's branch and the year, with their records, as JSON. */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  if (!can(user, 'report.write') && !can(user, 'report.review')) return refusal(403);
  const year = yearOrCurrent((await params).year);
  const keys = new URL(request.url).searchParams.getAll('key').slice(0, 500);
  return Response.json([...cachedFigures(user.branchId, year, keys)], { headers: { 'Cache-Control': 'no-store' } });
}
