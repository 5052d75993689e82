/** Rectification. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';
import { rectificationItemId } from '@/e2e/fixtures';

// 孟庆华's 2023 item (not the member's); 王海燕's own open item.
const othersItem = rectificationItemId('深入统计调查对象');
const membersItem = rectificationItemId('对新入职统计员');

export const rectificationRoutes: AreaRoutes = {
  pages: [
    // A member opens only the items they are responsible for; nobody outside the committee sees the edit form.
    {
      route: '/rectification',
      path: '/rectification',
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'],
    },
    { route: '/rectification/new', path: '/rectification/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    {
      route: '/rectification/review',
      path: '/rectification/review',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
    {
      route: '/rectification/[id]',
      path: `/rectification/${othersItem}`,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['dangyuan', 'caizheng'],
    },
    {
      route: '/rectification/[id]',
      path: `/rectification/${membersItem}`,
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/rectification/[id]/edit',
      path: `/rectification/${othersItem}/edit`,
      allowed: ['shuji', 'zuzhi'],
      notFoundFor: ['caizheng'],
    },
  ],
  downloads: [
    {
      route: '/rectification/ledger.xlsx',
      path: '/rectification/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
