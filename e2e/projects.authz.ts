/** Service projects. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';

export const projectRoutes: AreaRoutes = {
  pages: [
    // A member sees the projects they took part in; only the committee edits.
    {
      route: '/projects',
      path: '/projects',
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'],
    },
    { route: '/projects/new', path: '/projects/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    { route: '/projects/settings', path: '/projects/settings', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    // The statistics branch's first project, which the member took part in, and its first activity.
    {
      route: '/projects/[id]',
      path: '/projects/1',
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    { route: '/projects/[id]/edit', path: '/projects/1/edit', allowed: ['shuji', 'zuzhi'], notFoundFor: ['caizheng'] },
    {
      route: '/projects/activities/[id]/edit',
      path: '/projects/activities/1/edit',
      allowed: ['shuji', 'zuzhi'],
      notFoundFor: ['caizheng'],
    },
  ],
  downloads: [
    {
      route: '/projects/ledger.xlsx',
      path: '/projects/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
