import type { DuesTotals } from '@/lib/dues/summary';
import { formatYuan } from '@/lib/money';

type Props = { totals: DuesTotals; collectedFen: number; handedFen: number };

/** The year's figures: who owes, what came in, what was passed up. Names no one. */
export function DuesSummary({ totals, collectedFen, handedFen }: Props) {
  const facts = [
    { label: '应交党员', value: `${totals.members} 人` },
    { label: '按时足额交纳率', value: totals.onTimeRate === null ? '—' : `${totals.onTimeRate}%` },
    { label: '欠交党员', value: `${totals.inArrears} 人`, alert: totals.inArrears > 0 },
    { label: '本年收缴', value: formatYuan(collectedFen) },
    { label: '已上缴', value: formatYuan(handedFen) },
    { label: '待上缴', value: formatYuan(Math.max(collectedFen - handedFen, 0)) },
  ];
  return (
    <dl aria-label="党费概况" className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {facts.map((f) => (
        <div key={f.label} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
          <dt className="text-xs text-stone-600">{f.label}</dt>
          <dd
            className={
              f.alert
                ? 'mt-1 font-semibold text-red-800 tabular-nums'
                : 'mt-1 font-semibold text-stone-900 tabular-nums'
            }
          >
            {f.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
