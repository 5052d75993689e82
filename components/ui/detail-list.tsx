import type { ReactNode } from 'react';

/** One labelled value of a record's details; left out when there is nothing to show. */
export function DetailRow({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '' || children === false) return null;
  return (
    <div className="grid grid-cols-[5rem_1fr] gap-2 py-2 text-sm">
      <dt className="text-stone-500">{label}</dt>
      <dd className="whitespace-pre-line text-stone-900">{children}</dd>
    </div>
  );
}
