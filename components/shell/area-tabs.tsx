'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

/**
 * An area's tabs. The first tab is the area's root: it is current on the root and on any page under it that
 * no other tab claims (a meeting's own page is under 会议记录).
 */
export function AreaTabs({ label, tabs }: { label: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const claimed = tabs.slice(1).find((tab) => pathname === tab.href || pathname.startsWith(`${tab.href}/`));
  const active = (href: string, index: number) =>
    claimed ? claimed.href === href : index === 0 && (pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label={label} className="-mx-4 mb-5 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <ul className="flex min-w-max gap-1 border-b border-stone-200">
        {tabs.map((tab, index) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={active(tab.href, index) ? 'page' : undefined}
              className={cn(
                '-mb-px block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
                active(tab.href, index)
                  ? 'border-brand-700 text-brand-800'
                  : 'border-transparent text-stone-600 hover:text-stone-900',
              )}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
