/** Party affairs notices. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';
import { noticeId } from '@/e2e/fixtures';

// A published and a proposed notice.
const publishedNotice = noticeId('2023年党支部工作要点');
const proposedNotice = noticeId('2026年度民主评议党员工作安排');

export const noticeRoutes: AreaRoutes = {
  pages: [
    // Unpublished notices exist only for the committee.
    { route: '/notices', path: '/notices', allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei', 'caizheng'] },
    { route: '/notices/new', path: '/notices/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    {
      route: '/notices/[id]',
      path: `/notices/${publishedNotice}`,
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/notices/[id]',
      path: `/notices/${proposedNotice}`,
      allowed: ['shuji', 'zuzhi'],
      notFoundFor: ['dangyuan', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
