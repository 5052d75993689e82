/** Accounts. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const accountRoutes: AreaRoutes = {
  pages: [{ route: '/accounts', path: '/accounts', allowed: ['shuji', 'caizheng'] }],
};
