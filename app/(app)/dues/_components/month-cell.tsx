import { cn } from '@/components/ui/cn';
import { monthText } from '@/lib/dues/month';
import type { MonthStanding, MonthState } from '@/lib/dues/standing';
import { fenToYuan } from '@/lib/money';

export const monthStateLabels: Record<MonthState, string> = {
  none: '—',
  unassessed: '未核定',
  exempt: '免交',
  paid: '已交',
  arrears: '欠交',
  due: '待交',
  upcoming: '未到',
};

const tones: Record<MonthState, string> = {
  none: 'text-stone-500',
  unassessed: 'bg-stone-100 text-stone-600',
  exempt: 'bg-sky-50 text-sky-800',
  paid: 'bg-emerald-50 text-emerald-800',
  arrears: 'bg-red-50 font-medium text-red-800',
  due: 'bg-amber-50 text-amber-900',
  upcoming: 'text-stone-600',
};

/** What a month's cell says, in words a screen reader reads too. */
export function monthCellText(m: MonthStanding): string {
  if (m.state === 'paid') return m.onTime ? '已交' : '补交';
  return monthStateLabels[m.state];
}

/** One month of one member on the ledger: the state in words and colour, the amount below it. */
export function MonthCell({ standing, name }: { standing: MonthStanding; name?: string }) {
  const amount = standing.state !== 'none' && standing.state !== 'unassessed' && standing.dueFen > 0;
  const title = [name, monthText(standing.month), monthCellText(standing), standing.rule].filter(Boolean).join('，');
  return (
    <td title={title} className={cn('px-1.5 py-1 text-center text-xs whitespace-nowrap', tones[standing.state])}>
      <span className="block">{monthCellText(standing)}</span>
      {amount && <span className="block tabular-nums">{fenToYuan(standing.dueFen)}</span>}
    </td>
  );
}
