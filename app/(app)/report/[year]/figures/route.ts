import { readableReport } from '@/db/report/access';
import { cachedFigures, computeFigures } from '@/db/report/figures/compute';
import { refusal } from '@/lib/http/download';
import { figuresForReader } from '@/lib/report/figure-types';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

/**
 * The figures of the given tokens for a report's owner and the year, as JSON: the caller's own, or for a
 * reviewer above the branch or organisation named by `?branch=` / `?organisation=`. Values only, unless
 * `?records=1` asks for the records behind them too (a figure's chip asks when it is opened).
 */
export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const user = await routeUser();
  if (user instanceof Response) return user;
  const search = new URL(request.url).searchParams;
  const requested = readableReport(user, { branch: search.get('branch'), organisation: search.get('organisation') });
  if (requested === 'forbidden') return refusal(403);
  if (requested === 'missing') return refusal(404);
  const year = yearOrCurrent((await params).year);
  const keys = search.getAll('key').slice(0, 500);
  // The records behind a figure are read when its chip is opened (one key), counted afresh. Over an
  // organisation's branches they can number tens of thousands: one figure's at a time.
  const withRecords = requested.owner.kind === 'organisation' ? keys.slice(0, 1) : keys;
  const body =
    search.get('records') === '1'
      ? figuresForReader(user, computeFigures(requested.owner, year, withRecords))
      : [...cachedFigures(requested.owner, year, keys)];
  return Response.json(body, {
    headers: { 'Cache-Control': 'no-store' },
  });
}
