/** The dashboard and the health check. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const homeRoutes: AreaRoutes = {
  pages: [
    { route: '/', path: '/', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] },
    { route: '/ping', path: '/ping', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] },
  ],
};
