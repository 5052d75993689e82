import Link from 'next/link';
import { Card } from '@/components/ui/card';
import type { Dashboard } from '@/db/queries/dashboard';

/** Open, overdue and due-this-month rectification items: the branch's, or a member's own. */
export function RectificationPanel({
  rectification: { branchWide, mayCheckOff, counts },
}: {
  rectification: NonNullable<Dashboard['rectification']>;
}) {
  const figures = [
    { label: '未销号', value: counts.open, tone: 'text-stone-900' },
    { label: '已逾期', value: counts.overdue, tone: counts.overdue ? 'text-red-700' : 'text-stone-900' },
    { label: '本月到期', value: counts.dueThisMonth, tone: counts.dueThisMonth ? 'text-amber-800' : 'text-stone-900' },
  ];
  return (
    <Card
      title={branchWide ? '问题整改' : '我的整改事项'}
      action={
        <Link
          href="/rectification"
          className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline"
        >
          {branchWide ? '整改台账' : '查看'}
        </Link>
      }
    >
      <dl className="grid grid-cols-3 gap-2 text-center">
        {figures.map((f) => (
          <div key={f.label} className="rounded-md bg-stone-50 px-2 py-3">
            <dt className="text-xs text-stone-600">{f.label}</dt>
            <dd className={`mt-1 text-2xl font-semibold ${f.tone}`}>
              {f.value}
              <span className="ml-0.5 text-sm font-normal text-stone-500">项</span>
            </dd>
          </div>
        ))}
      </dl>
      {mayCheckOff && counts.awaitingCheckOff > 0 && (
        <p className="mt-2 flex flex-wrap items-center justify-between gap-x-3 text-sm">
          <span>
            已完成待销号 <span className="font-semibold">{counts.awaitingCheckOff}</span> 项
          </span>
          <Link
            href="/rectification/review"
            className="inline-flex min-h-11 items-center font-medium text-brand-800 hover:underline"
          >
            去核对销号
          </Link>
        </p>
      )}
    </Card>
  );
}
