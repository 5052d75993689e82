/** Organisational life: meetings, talks, the calendar and the statistics. Rows of the route × role table (e2e/authz-table.ts). */
import { type AreaRoutes, held } from '@/e2e/authz-rows';

export const meetingRoutes: AreaRoutes = {
  pages: [
    { route: '/meetings', path: '/meetings', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
    { route: '/meetings/new', path: '/meetings/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    // caizheng is the secretary of the finance branch: the statistics branch's meeting does not exist for it.
    {
      route: '/meetings/[id]',
      path: `/meetings/${held}`,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/meetings/[id]/edit',
      path: `/meetings/${held}/edit`,
      allowed: ['shuji', 'zuzhi'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/meetings/calendar',
      path: '/meetings/calendar',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
    { route: '/meetings/talks', path: '/meetings/talks', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    { route: '/meetings/mine', path: '/meetings/mine', allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'] },
    { route: '/meetings/settings', path: '/meetings/settings', allowed: ['shuji', 'caizheng'] },
    {
      route: '/meetings/stats',
      path: '/meetings/stats',
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
  downloads: [
    {
      route: '/meetings/[id]/minutes.docx',
      path: `/meetings/${held}/minutes.docx`,
      type: /wordprocessingml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    // Every reader gets the ledger of their own (or, for a reviewer, the selected) branch.
    {
      route: '/meetings/ledger.xlsx',
      path: '/meetings/ledger.xlsx',
      type: /spreadsheetml/,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'],
    },
  ],
};
