/** Work outputs. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const outputRoutes: AreaRoutes = {
  pages: [
    // Only the statistics branch has demo work outputs: id 1 is the first (2023).
    { route: '/outputs', path: '/outputs', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
    {
      route: '/outputs/[id]',
      path: '/outputs/1',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
  ],
  downloads: [
    {
      route: '/outputs/ledger.xlsx',
      path: '/outputs/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
