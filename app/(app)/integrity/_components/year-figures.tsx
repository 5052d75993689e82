import Link from 'next/link';
import type { IntegrityCounts } from '@/db/report/totals/integrity';
import { integrityFigures } from '@/lib/integrity/model';

/** The year's clean-government work in numbers, each leading to the records it counts. */
export function YearFigures({ year, counts }: { year: number; counts: IntegrityCounts }) {
  return (
    <ul aria-label={`${year}年统计`} className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
      {integrityFigures(counts).map((f) => (
        <li key={f.label} className={f.note ? 'col-span-2 sm:col-span-1' : undefined}>
          <Link
            href={`#${f.part}`}
            className="block h-full rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600"
          >
            <p className="text-xs text-stone-600">{f.label}</p>
            <p className="mt-1 text-xl font-semibold">
              {f.value}
              <span className="ml-0.5 text-sm font-normal text-stone-500">{f.unit}</span>
            </p>
            {f.note && <p className="mt-0.5 text-xs text-stone-500">{f.note}</p>}
          </Link>
        </li>
      ))}
    </ul>
  );
}
