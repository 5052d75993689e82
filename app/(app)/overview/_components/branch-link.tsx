import type { ReactNode } from 'react';
import { branchPageHref } from '@/lib/overview/branch-page';

/**
 * A link into one branch's records from the overview: through the `open` route, which checks the branch is
 * beneath the viewer's organisation and makes it the switcher's choice. A plain link, never the router's:
 * the router prefetches links in view, and a prefetch would choose a branch nobody clicked.
 */
export function BranchLink({
  branchId,
  to,
  label,
  className = 'hover:underline',
  children,
}: {
  branchId: number;
  to: string;
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <a href={branchPageHref(branchId, to)} aria-label={label} className={className}>
      {children}
    </a>
  );
}
