import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

export function Card({
  title,
  action,
  id,
  className,
  children,
}: {
  title?: string;
  action?: ReactNode;
  /** An anchor to link to (e.g. '#letters'); the card stops below the phone's sticky top bar. */
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      id={id}
      aria-label={title}
      className={cn('scroll-mt-20 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5', className)}
    >
      {(title || action) && (
        <div className="mb-3 flex items-center justify-between gap-3">
          {title && <h2 className="text-base font-semibold text-stone-900">{title}</h2>}
          {action}
        </div>
      )}
      {children}
    </section>
  );
}
