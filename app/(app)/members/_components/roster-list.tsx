'use client';
import { StatusBadge } from '@/components/people/status-badge';
import { SoftLinks } from '@/components/ui/soft-links';
import type { RosterRow } from '@/db/queries/people';
import { genderLabels } from '@/lib/people/model';

export type RosterEntry = Pick<
  RosterRow,
  'id' | 'name' | 'gender' | 'ethnicity' | 'politicalStatus' | 'committeeTitle' | 'post' | 'groupName'
>;

/**
 * The roster as a table on a laptop and as cards on a phone. A client component fed the rows as data:
 * rendered on the server as components, both layouts would travel twice (HTML and flight data).
 */
export function RosterList({ rows }: { rows: RosterEntry[] }) {
  return (
    <SoftLinks>
      <table className="hidden w-full overflow-hidden rounded-lg bg-white text-sm shadow-sm ring-1 ring-stone-200 md:table">
        <caption className="sr-only">党员名册</caption>
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th scope="col" className="px-4 py-2.5 font-medium">
              姓名
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              性别
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              民族
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              政治面貌
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              党小组
            </th>
            <th scope="col" className="px-4 py-2.5 font-medium">
              职务
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {rows.map((p) => (
            <tr key={p.id} className="hover:bg-stone-50">
              <td className="px-4 py-2.5">
                <a href={`/members/${p.id}`} className="font-medium text-brand-700 hover:underline">
                  {p.name}
                </a>
                {p.committeeTitle && <span className="ml-2 text-xs text-stone-500">{p.committeeTitle}</span>}
              </td>
              <td className="px-4 py-2.5">{genderLabels[p.gender]}</td>
              <td className="px-4 py-2.5">{p.ethnicity}</td>
              <td className="px-4 py-2.5">
                <StatusBadge status={p.politicalStatus} />
              </td>
              <td className="px-4 py-2.5">{p.groupName ?? '—'}</td>
              <td className="px-4 py-2.5 text-stone-700">{p.post ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ul className="space-y-2 md:hidden" aria-label="党员名册">
        {rows.map((p) => (
          <li key={p.id}>
            <a
              href={`/members/${p.id}`}
              className="block rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200 active:bg-stone-50"
            >
              <div className="flex items-center justify-between gap-2">
                <span className="font-medium text-stone-900">{p.name}</span>
                <StatusBadge status={p.politicalStatus} />
              </div>
              <p className="mt-1 text-xs text-stone-600">
                {[genderLabels[p.gender], p.ethnicity, p.groupName, p.committeeTitle ?? p.post]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </a>
          </li>
        ))}
      </ul>
    </SoftLinks>
  );
}
