'use client';
import { type ReactNode, useState } from 'react';
import { NavLinks } from '@/components/shell/nav-links';
import type { NavItem } from '@/lib/navigation';

/** The phone's navigation drawer: the same links as the sidebar, behind a menu button. */
export function MobileMenu({
  items,
  icons,
  footer,
}: {
  items: NavItem[];
  /** The links' icons by href, and the menu button's and the close button's, drawn by the server. */
  icons: Record<string, ReactNode> & { menu: ReactNode; close: ReactNode };
  footer: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-expanded={open}
        aria-controls="mobile-nav"
        className="inline-flex size-11 items-center justify-center rounded-md text-white hover:bg-white/10 lg:hidden"
      >
        {icons.menu}
        <span className="sr-only">打开导航菜单</span>
      </button>
      {open && (
        <div className="fixed inset-0 z-40 lg:hidden">
          <button
            type="button"
            className="absolute inset-0 bg-black/40"
            onClick={close}
            tabIndex={-1}
            aria-hidden="true"
          />
          <nav
            id="mobile-nav"
            aria-label="主导航"
            className="absolute inset-y-0 left-0 flex w-72 max-w-[85vw] flex-col bg-brand-800 p-4 shadow-xl"
          >
            <div className="mb-4 flex items-center justify-between">
              <span className="text-lg font-semibold text-white">支部工作台</span>
              <button type="button" onClick={close} className="rounded-md p-2 text-white hover:bg-white/10">
                {icons.close}
                <span className="sr-only">关闭导航菜单</span>
              </button>
            </div>
            <div className="flex-1">
              <NavLinks items={items} icons={icons} onNavigate={close} />
            </div>
            {footer}
          </nav>
        </div>
      )}
    </>
  );
}
