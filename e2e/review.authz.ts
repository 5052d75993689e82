/** The working committee's review of submitted reports. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const reviewRoutes: AreaRoutes = {
  pages: [
    { route: '/review/[year]', path: '/review/2025', allowed: ['dangwei', 'gongwei'] },
    // Opens the year chosen with the switcher.
    { route: '/review', path: '/review', allowed: ['dangwei', 'gongwei'] },
  ],
};
