/** Member development and the roster import. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';
import { personId } from '@/e2e/fixtures';

// A person of the statistics branch with a development record.
const developing = personId('吴桐');

export const developmentRoutes: AreaRoutes = {
  pages: [
    { route: '/development', path: '/development', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
    {
      route: '/development/[personId]',
      path: `/development/${developing}`,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/development/import',
      path: '/development/import',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
  downloads: [
    {
      route: '/development/export.xlsx',
      path: '/development/export.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
    {
      route: '/development/template.xlsx',
      path: '/development/template.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
