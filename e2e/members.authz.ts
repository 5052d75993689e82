/** The roster and a person's page. Rows of the route × role table (e2e/authz-table.ts). */
import type { AreaRoutes } from '@/e2e/authz-rows';
import { personId } from '@/e2e/fixtures';

const ownProfile = personId('王海燕');
const colleague = personId('陈晓梅');
// A reviewer reads one branch at a time, the one picked with the branch switcher.
const otherBranchPerson = personId('乔振宇');

export const memberRoutes: AreaRoutes = {
  pages: [
    { route: '/members', path: '/members', allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei', 'caizheng'] },
    { route: '/members/new', path: '/members/new', allowed: ['shuji', 'zuzhi', 'caizheng'] },
    {
      route: '/members/[id]',
      path: `/members/${colleague}`,
      allowed: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/members/[id]',
      path: `/members/${ownProfile}`,
      allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'gongwei'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/members/[id]/edit',
      path: `/members/${colleague}/edit`,
      allowed: ['shuji', 'zuzhi'],
      notFoundFor: ['caizheng'],
    },
    {
      route: '/members/[id]',
      path: `/members/${otherBranchPerson}`,
      allowed: ['caizheng'],
      notFoundFor: ['shuji', 'zuzhi', 'dangwei', 'gongwei'],
    },
  ],
};
