/** The overview of an organisation above branches. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const overviewRoutes: AreaRoutes = {
  pages: [
    { route: '/overview', path: '/overview', allowed: ['dangwei', 'gongwei'] },
    { route: '/overview/calendar', path: '/overview/calendar', allowed: ['dangwei', 'gongwei'] },
    { route: '/overview/reviews', path: '/overview/reviews?state=graded', allowed: ['dangwei', 'gongwei'] },
  ],
};
