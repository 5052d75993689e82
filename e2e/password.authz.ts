/** One's own password. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const passwordRoutes: AreaRoutes = {
  pages: [
    {
      route: '/password',
      path: '/password',
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
