import { NextResponse } from 'next/server';
import { branchCookie, preferenceCookieOptions } from '@/lib/auth/session-user';
import { refusal } from '@/lib/http/download';
import { routeUser } from '@/server/auth/current-user';

/** The areas whose pages a cell of the overview, or a record behind an organisation's figure, may open. */
const areas = [
  '/members',
  '/meetings',
  '/development',
  '/rectification',
  '/dues',
  '/projects',
  '/integrity',
  '/outputs',
  '/notices',
  '/ledgers',
];

/** An address of the app's own area pages (a record's page, with its anchor): never another site's. */
function isDestination(to: string): boolean {
  const [path, anchor] = to.split('#', 2);
  if (!/^(\/[\w-]+)+$/.test(path) || (anchor !== undefined && !/^[\w-]+$/.test(anchor))) return false;
  return areas.some((area) => path === area || path.startsWith(`${area}/`));
}

/**
 * Opens one branch's records from the overview: the branch must be beneath the viewer's organisation; the
 * switcher's choice is set as the switcher itself sets it, then the page follows. Only the app's own
 * area pages are destinations, so the link cannot send anyone elsewhere.
 */
export async function GET(request: Request) {
  const user = await routeUser('branches.switch');
  if (user instanceof Response) return user;
  const params = new URL(request.url).searchParams;
  const branchId = Number(params.get('branch'));
  const to = params.get('to') ?? '/members';
  if (!user.branchIds.includes(branchId) || !isDestination(to)) return refusal(404);
  const response = NextResponse.redirect(new URL(to, request.url), 303);
  response.cookies.set(branchCookie, String(branchId), preferenceCookieOptions);
  return response;
}
