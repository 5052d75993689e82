/** The branch's settings. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const settingsRoutes: AreaRoutes = {
  pages: [
    // The secretary sets the groups up; the committee and the working committee read them.
    { route: '/settings', path: '/settings', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
  ],
};
