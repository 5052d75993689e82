import { can, type Permission } from './auth/permissions';
import type { SessionUser } from './auth/session-user';

export type NavItem = { href: string; label: string; icon: NavIcon };
export type NavIcon = 'home' | 'people' | 'person' | 'key';

const areas: (NavItem & { permission: Permission })[] = [
  { href: '/', label: '工作概览', icon: 'home', permission: 'dashboard.read' },
  { href: '/members', label: '党员名册', icon: 'people', permission: 'members.read' },
  { href: '/accounts', label: '账户管理', icon: 'key', permission: 'accounts.manage' },
];

/** The navigation a user sees: only the areas their role may open, plus their own profile. */
export function navigationFor(user: SessionUser): NavItem[] {
  const items: NavItem[] = areas.filter((area) => can(user, area.permission));
  if (user.personId && !can(user, 'members.read')) {
    items.splice(1, 0, { href: `/members/${user.personId}`, label: '我的资料', icon: 'person' });
  }
  return items;
}
