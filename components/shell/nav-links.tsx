'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import type { NavItem } from '@/lib/navigation';

function isActive(pathname: string, href: string) {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The areas' links, the current one marked. The icons come drawn by the server (`icons`, by href), so
 * their paths stay out of every page's JavaScript.
 */
export function NavLinks({
  items,
  icons,
  onNavigate,
}: {
  items: NavItem[];
  icons: Record<string, ReactNode>;
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  return (
    <ul className="space-y-1">
      {items.map((item) => {
        const active = isActive(pathname, item.href);
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              onClick={onNavigate}
              aria-current={active ? 'page' : undefined}
              className={cn(
                'flex items-center gap-3 rounded-md px-3 py-2.5 text-sm font-medium',
                active ? 'bg-white/15 text-white' : 'text-brand-100 hover:bg-white/10 hover:text-white',
              )}
            >
              {icons[item.href]}
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
