import type { ReactNode } from 'react';
import { cn } from './cn';

export function Card({ title, action, className, children }: { title?: string; action?: ReactNode; className?: string; children: ReactNode }) {
  return (
    <section aria-label={title} className={cn('rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:p-5', className)}>
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
