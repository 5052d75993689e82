/** The secretary's report: the editor and the printed copy. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const reportRoutes: AreaRoutes = {
  pages: [
    // The report editor belongs to the branch's committee, and to an organisation's secretary for its own
    // report; the organisations above read submitted reports at /review.
    { route: '/report/[year]', path: '/report/2025', allowed: ['shuji', 'zuzhi', 'caizheng', 'gongwei'] },
    // Opens the year chosen with the switcher.
    { route: '/report', path: '/report', allowed: ['shuji', 'zuzhi', 'caizheng', 'gongwei'] },
    // The statistics branch's submitted 2023 report on A4 pages (the demo's first branch), as its own
    // committee and the organisations above open it; the finance branch's secretary may not name it.
    {
      route: '/report/[year]/print',
      path: '/report/2023/print?branch=1',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
  ],
};
