import { can, type Permission } from './auth/permissions';
import type { SessionUser } from './auth/session-user';

export type NavItem = { href: string; label: string; icon: NavIcon };
export type NavIcon = 'home' | 'people' | 'person' | 'key' | 'calendar' | 'check' | 'flag';

const areas: (NavItem & { permission: Permission })[] = [
  { href: '/', label: '工作概览', icon: 'home', permission: 'dashboard.read' },
  { href: '/members', label: '党员名册', icon: 'people', permission: 'members.read' },
  { href: '/meetings', label: '组织生活', icon: 'calendar', permission: 'meetings.read' },
  { href: '/development', label: '发展党员', icon: 'flag', permission: 'development.read' },
  { href: '/accounts', label: '账户管理', icon: 'key', permission: 'accounts.manage' },
];

/** The navigation a user sees: only the areas their role may open, plus a member's own pages. */
export function navigationFor(user: SessionUser): NavItem[] {
  const items: NavItem[] = areas.filter((area) => can(user, area.permission));
  if (can(user, 'meetings.attend') && !can(user, 'meetings.read')) {
    items.splice(1, 0, { href: '/meetings/mine', label: '我的出勤', icon: 'check' });
  }
  if (user.personId && !can(user, 'members.read')) {
    items.splice(1, 0, { href: `/members/${user.personId}`, label: '我的资料', icon: 'person' });
  }
  return items;
}
