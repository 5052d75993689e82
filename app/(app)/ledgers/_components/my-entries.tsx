import { EntryFacts } from '@/app/(app)/ledgers/_components/entry-facts';
import { formatDate } from '@/components/ui/format';
import type { listEntriesNaming } from '@/db/queries/ledgers';

type Entries = ReturnType<typeof listEntriesNaming>;

/** A member's own entries of the year (honours, posts …), by ledger, with their files. */
export function MyEntries({ entries, year }: { entries: Entries; year: number }) {
  const byLedger = new Map<string, Entries>();
  for (const e of entries) byLedger.set(e.ledgerName, [...(byLedger.get(e.ledgerName) ?? []), e]);
  if (entries.length === 0)
    return (
      <p className="rounded-lg bg-white px-4 py-8 text-center text-sm text-stone-600 ring-1 ring-stone-200">
        {year}年的台账中还没有记录您的事项。
      </p>
    );
  return (
    <div className="space-y-5">
      {[...byLedger].map(([ledgerName, rows]) => (
        <section key={ledgerName} aria-label={ledgerName}>
          <h2 className="mb-2 text-base font-semibold text-stone-900">{ledgerName}</h2>
          <ul className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200">
            {rows.map((e) => (
              <li key={e.id} className="space-y-1 px-4 py-3">
                <p className="text-sm text-stone-600">{formatDate(e.date)}</p>
                <p className="font-medium text-stone-900">{e.title}</p>
                <EntryFacts entry={e} quantityUnit={e.quantityUnit} />
                {e.files.length > 0 && (
                  <ul className="flex flex-wrap gap-2">
                    {e.files.map((f) => (
                      <li key={f.id}>
                        <a
                          href={`/files/${f.id}`}
                          className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline"
                        >
                          {f.fileName}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
