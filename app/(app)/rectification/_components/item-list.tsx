import { ItemBadges } from '@/app/(app)/rectification/_components/item-badges';
import { formatDate } from '@/components/ui/format';
import { SoftLinks } from '@/components/ui/soft-links';
import type { RectificationRow } from '@/db/queries/rectification';
import { rectificationSourceLabels } from '@/lib/rectification/model';
import { isOverdue } from '@/lib/rectification/rules';

/** Items as a list of links to their details; flags are judged for `year` as of `today`. */
export function ItemList({
  items,
  today,
  year,
  empty,
}: {
  items: RectificationRow[];
  today: string;
  year: number;
  empty: string;
}) {
  return (
    <SoftLinks>
      <ul
        aria-label="整改事项"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {items.map((item) => (
          <li key={item.id}>
            <a href={`/rectification/${item.id}`} className="block space-y-1 px-4 py-3 hover:bg-stone-50">
              <span className="flex flex-wrap items-center gap-1.5">
                <span className="text-xs font-medium text-stone-600">{item.aspect}</span>
                <ItemBadges item={item} today={today} year={year} />
              </span>
              <span className="block font-medium text-stone-900">{item.problem}</span>
              <span className="block text-xs text-stone-600">
                责任人 {item.responsibleName} · 整改时限{' '}
                <span className={isOverdue(item, today) ? 'font-medium text-red-700' : ''}>
                  {formatDate(item.deadline)}
                </span>{' '}
                · {rectificationSourceLabels[item.source]}
              </span>
            </a>
          </li>
        ))}
        {items.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">{empty}</li>}
      </ul>
    </SoftLinks>
  );
}
