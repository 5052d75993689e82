/** The secretary's report: the editor and the printed copy. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const reportRoutes: AreaRoutes = {
  pages: [
    // The report editor belongs to the branch's committee; the working committee reads submitted reports at /review.
    { route: '/report/[year]', path: '/report/2025', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    // Opens the year chosen with the switcher.
    { route: '/report', path: '/report', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    // The submitted 2023 report on A4 pages; the finance branch has no report for 2023.
    {
      route: '/report/[year]/print',
      path: '/report/2023/print',
      allowed: ['shuji', 'zuzhi', 'dangwei'],
      notFoundFor: ['caizheng'],
    },
  ],
};
