/** Branch-defined ledgers. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const ledgerRoutes: AreaRoutes = {
  pages: [
    // A member sees the entries that name them; the committee and the reviewer see every ledger.
    { route: '/ledgers', path: '/ledgers', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] },
    // Ledger 1 is the statistics branch's first (seeded first, with the templates its kind starts with).
    {
      route: '/ledgers/[id]',
      path: '/ledgers/1',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
  ],
  downloads: [
    {
      route: '/ledgers/[id]/ledger.xlsx',
      path: '/ledgers/1/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
  ],
};
