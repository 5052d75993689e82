/** 党费. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';
import { personId } from '@/e2e/fixtures';

const colleague = personId('陈晓梅');
const otherBranchPerson = personId('乔振宇');

export const duesRoutes: AreaRoutes = {
  pages: [
    // The committee keeps the ledger, a member sees their own dues, the reviewer the totals and rates.
    { route: '/dues', path: '/dues', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] },
    { route: '/dues/[personId]', path: `/dues/${colleague}`, allowed: ['shuji', 'zuzhi'], notFoundFor: ['caizheng'] },
    {
      route: '/dues/[personId]',
      path: `/dues/${otherBranchPerson}`,
      allowed: ['caizheng'],
      notFoundFor: ['shuji', 'zuzhi'],
    },
  ],
  downloads: [
    {
      route: '/dues/ledger.xlsx',
      path: '/dues/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'caizheng'],
    },
    {
      route: '/dues/bases-template.xlsx',
      path: '/dues/bases-template.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'caizheng'],
    },
  ],
};
