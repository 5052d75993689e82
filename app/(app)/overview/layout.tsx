import { AreaTabs } from '@/components/shell/area-tabs';

const tabs = [
  { href: '/overview', label: '支部情况' },
  { href: '/overview/calendar', label: '组织生活日历' },
  { href: '/overview/reviews', label: '述职评议' },
];

/** The overview's tabs; each page checks its own permission. */
export default function OverviewLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <AreaTabs label="党建总览" tabs={tabs} />
      {children}
    </>
  );
}
