import { Badge } from '@/components/ui/badge';
import { type LedgerLevel, ledgerLevelLabels } from '@/lib/ledgers/model';
import { formatYuan } from '@/lib/money';
import { formatQuantity } from '@/lib/service/quantities';

type Props = {
  entry: {
    tags: string[];
    level: LedgerLevel | null;
    quantity: number | null;
    amountFen: number | null;
    people: { name: string }[];
  };
  quantityUnit: string | null;
};

/** An entry's tags, level, quantity, amount and people on one wrapping line. */
export function EntryFacts({ entry, quantityUnit }: Props) {
  return (
    <span className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-600">
      {entry.tags.map((t) => (
        <Badge key={t}>{t}</Badge>
      ))}
      {entry.level && <Badge tone="amber">{ledgerLevelLabels[entry.level]}</Badge>}
      {entry.quantity !== null && quantityUnit && (
        <span className="tabular-nums">{formatQuantity(entry.quantity, quantityUnit)}</span>
      )}
      {entry.amountFen !== null && <span className="tabular-nums">{formatYuan(entry.amountFen)}</span>}
      {entry.people.length > 0 && <span className="break-all">{entry.people.map((p) => p.name).join('、')}</span>}
    </span>
  );
}
