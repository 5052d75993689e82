import { AreaTabs } from '@/components/shell/area-tabs';
import { can, type Permission } from '@/lib/auth/permissions';
import { requireUser } from '@/server/auth/current-user';

const tabs: { href: string; label: string; permission: Permission }[] = [
  { href: '/meetings', label: '会议记录', permission: 'meetings.read' },
  { href: '/meetings/calendar', label: '合规日历', permission: 'meetings.read' },
  { href: '/meetings/stats', label: '出勤统计', permission: 'meetings.read' },
  { href: '/meetings/talks', label: '谈心谈话', permission: 'talks.read' },
  { href: '/meetings/mine', label: '我的出勤', permission: 'meetings.attend' },
  { href: '/meetings/settings', label: '频次设置', permission: 'meetings.settings' },
];

/** The area's tabs; each page still checks its own permission. */
export default async function MeetingsLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const visible = tabs.filter((tab) => can(user, tab.permission));
  return (
    <>
      {visible.length > 1 && <AreaTabs label="组织生活" tabs={visible.map(({ href, label }) => ({ href, label }))} />}
      {children}
    </>
  );
}
