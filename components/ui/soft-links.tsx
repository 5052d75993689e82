'use client';
import { useRouter } from 'next/navigation';
import type { MouseEvent, ReactNode } from 'react';

/**
 * Client-side navigation for the plain `<a href>` links inside it: one click handler for a whole list
 * instead of a `next/link` client component per row. A list of a hundred meetings or people rendered
 * with `<Link>` costs the server a client component (and its flight data) per row; with plain links
 * inside `SoftLinks` it renders as ordinary HTML and still navigates without reloading the page.
 * Modified clicks (new tab, download …), other targets and other origins are left to the browser.
 * Renders no box of its own (`display: contents`).
 */
export function SoftLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || !event.currentTarget.contains(anchor) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(`${url.pathname}${url.search}${url.hash}`);
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: it only delegates clicks on the links inside, which are the keyboard targets themselves.
    <div className="contents" onClick={onClick}>
      {children}
    </div>
  );
}
