import Link from 'next/link';
import { FilterForm } from '@/components/forms/filter-form';
import { Button } from '@/components/ui/button';
import { type LedgerShape, ledgerLevelLabels, ledgerLevels } from '@/lib/ledgers/model';

const selectClass =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600 focus:outline-none';

type Props = {
  ledger: LedgerShape & { id: number };
  people: { id: number; name: string }[];
  search: { tag?: string; level?: string; person?: string };
};

/** Narrows a ledger's entries by tag, level and person (a plain GET form: the filter is in the address). */
export function EntryFilters({ ledger, people, search }: Props) {
  const choices = [
    ledger.tags.length > 0 && {
      name: 'tag',
      label: '标签',
      options: ledger.tags.map((t) => ({ value: t, label: t })),
    },
    ledger.hasLevel && {
      name: 'level',
      label: '级别',
      options: ledgerLevels.map((l) => ({ value: l, label: ledgerLevelLabels[l] })),
    },
    ledger.hasPeople && {
      name: 'person',
      label: '人员',
      options: people.map((p) => ({ value: String(p.id), label: p.name })),
    },
  ].filter((c) => !!c);
  if (choices.length === 0) return null;
  const active = !!(search.tag || search.level || search.person);
  return (
    <FilterForm method="get" aria-label="筛选记录" className="mb-3 flex flex-wrap items-end gap-3">
      {choices.map((c) => (
        <label key={c.name} className="w-36 space-y-1 text-sm font-medium text-stone-700">
          {c.label}
          <select name={c.name} defaultValue={search[c.name as keyof typeof search] ?? ''} className={selectClass}>
            <option value="">全部</option>
            {c.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      <Button type="submit" variant="secondary">
        筛选
      </Button>
      {active && (
        <Link href={`/ledgers/${ledger.id}`} className="py-2 text-sm text-brand-700 hover:underline">
          清除筛选
        </Link>
      )}
    </FilterForm>
  );
}
