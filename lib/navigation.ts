import { can, type Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';

export type NavItem = { href: string; label: string; icon: NavIcon };
export type NavIcon =
  | 'home'
  | 'people'
  | 'person'
  | 'key'
  | 'calendar'
  | 'check'
  | 'flag'
  | 'hands'
  | 'shield'
  | 'chart'
  | 'wrench'
  | 'megaphone'
  | 'document'
  | 'ledger'
  | 'sliders';

const areas: (NavItem & { permission: Permission })[] = [
  { href: '/overview', label: '党建总览', icon: 'home', permission: 'overview.read' },
  { href: '/', label: '工作概览', icon: 'home', permission: 'dashboard.read' },
  { href: '/members', label: '党员名册', icon: 'people', permission: 'members.read' },
  { href: '/meetings', label: '组织生活', icon: 'calendar', permission: 'meetings.read' },
  { href: '/development', label: '发展党员', icon: 'flag', permission: 'development.read' },
  { href: '/projects', label: '结对与服务', icon: 'hands', permission: 'projects.read' },
  { href: '/integrity', label: '党风廉政', icon: 'shield', permission: 'integrity.read' },
  { href: '/outputs', label: '工作成果', icon: 'chart', permission: 'outputs.read' },
  { href: '/ledgers', label: '自定义台账', icon: 'ledger', permission: 'ledgers.read_all' },
  { href: '/dues', label: '党费', icon: 'ledger', permission: 'dues.totals' },
  { href: '/rectification', label: '问题整改', icon: 'wrench', permission: 'rectification.read' },
  { href: '/notices', label: '党务公开', icon: 'megaphone', permission: 'notices.read' },
  { href: '/report', label: '述职报告', icon: 'document', permission: 'report.write' },
  { href: '/review', label: '述职评议', icon: 'document', permission: 'report.review' },
  { href: '/accounts', label: '账户管理', icon: 'key', permission: 'accounts.manage' },
  { href: '/settings', label: '支部设置', icon: 'sliders', permission: 'branch.settings' },
];

/** The navigation a user sees: only the areas their role may open, plus a member's own pages. */
export function navigationFor(user: SessionUser): NavItem[] {
  // Above a branch, the overview is home: a single branch's dashboard is opened from it.
  const items: NavItem[] = areas.filter(
    (area) => can(user, area.permission) && !(area.href === '/' && can(user, 'overview.read')),
  );
  if (can(user, 'meetings.attend') && !can(user, 'meetings.read')) {
    items.splice(1, 0, { href: '/meetings/mine', label: '我的出勤', icon: 'check' });
  }
  if (can(user, 'projects.mine') && !can(user, 'projects.read')) {
    items.push({ href: '/projects', label: '我参与的项目', icon: 'hands' });
  }
  if (can(user, 'ledgers.read') && !can(user, 'ledgers.read_all')) {
    items.push({ href: '/ledgers', label: '我的台账记录', icon: 'ledger' });
  }
  if (can(user, 'dues.mine') && !can(user, 'dues.totals')) {
    items.push({ href: '/dues', label: '我的党费', icon: 'ledger' });
  }
  if (can(user, 'rectification.evidence') && !can(user, 'rectification.read')) {
    items.push({ href: '/rectification', label: '我的整改事项', icon: 'wrench' });
  }
  if (user.personId && !can(user, 'members.read')) {
    items.splice(1, 0, { href: `/members/${user.personId}`, label: '我的资料', icon: 'person' });
  }
  return items;
}
