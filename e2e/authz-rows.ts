import type { DemoUser } from '@/e2e/fixtures';

/**
 * What a row of the route × role table (e2e/authz-table.ts) holds. A role not listed as allowed must get the
 * 403 page (the 404 page where listed in `notFoundFor`; signed out, the sign-in page) and never the data.
 * `route` names the app route a row checks (tests/route-discovery.test.ts holds every route to a row).
 */
export type Viewer = DemoUser | 'anonymous';

export type PageRow = { route: string; path: string; allowed: Viewer[]; notFoundFor?: Viewer[] };

/** A route handler that answers with a file: the status alone says who got it. */
export type DownloadRow = PageRow & { type: RegExp };

/** An area's pages and files. */
export type AreaRoutes = { pages: PageRow[]; downloads?: DownloadRow[] };

/** A held meeting of the statistics branch, looked up once by e2e/authz.spec.ts: the paths name it `{held}`. */
export const held = '{held}';
