/** Clean government: the list, the ledger and the commitment letters. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const integrityRoutes: AreaRoutes = {
  pages: [
    // Only the statistics branch has demo letters: id 1 is the first (2023).
    { route: '/integrity', path: '/integrity', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
    {
      route: '/integrity/letters/[id]',
      path: '/integrity/letters/1',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
  ],
  downloads: [
    {
      route: '/integrity/ledger.xlsx',
      path: '/integrity/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
