import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { reportsBeneath } from '@/db/report/queries';
import { currentYear } from '@/lib/clock';
import { beijingDate } from '@/lib/dates';
import { type QueueState, queueStateLabels, reviewQueue } from '@/lib/overview/review-queue';
import { reportQuery } from '@/lib/report/report-ref';
import { requireOrganisationUser } from '@/server/auth/current-user';
import { selectableYears } from '@/server/selected-year';

export const metadata: Metadata = { title: '述职评议' };

const filters: QueueState[] = ['awaiting', 'graded', 'missing'];
const tones = { awaiting: 'amber', graded: 'green', missing: 'stone' } as const;

/** The reports of the organisations and branches beneath the organisation, across the years: those to grade first. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const user = await requireOrganisationUser();
  const requested = (await searchParams).state;
  const state: QueueState = filters.find((f) => f === requested) ?? 'awaiting';
  const { writers, reports } = reportsBeneath(user.organisationId);
  const all = reviewQueue(writers, reports, selectableYears(), currentYear());
  const rows = all.filter((r) => r.state === state);

  return (
    <>
      <PageHeader
        title="述职评议"
        description="下级党组织和所属党支部各年度的述职报告：待评定的排在最前，点击名称打开报告评定等次、提出意见。"
      />
      <nav aria-label="报告状态" className="mb-4 flex flex-wrap gap-2">
        {filters.map((f) => (
          <Link
            key={f}
            href={`/overview/reviews?state=${f}`}
            aria-current={f === state ? 'page' : undefined}
            className={cn(
              'rounded-full px-3 py-1 text-sm ring-1',
              f === state
                ? 'bg-brand-700 text-white ring-brand-700'
                : 'text-stone-700 ring-stone-300 hover:bg-stone-100',
            )}
          >
            {queueStateLabels[f]}（{all.filter((r) => r.state === f).length}）
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">
          没有{queueStateLabels[state]}的报告。
        </p>
      ) : (
        <ul
          aria-label={`${queueStateLabels[state]}的报告`}
          className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
        >
          {rows.map((r) => (
            <li
              key={`${r.year}-${reportQuery(r.ref)}`}
              className="relative flex flex-wrap items-center gap-3 px-4 py-3 hover:bg-stone-50"
            >
              <span className="w-14 text-sm text-stone-600 tabular-nums">{r.year}年</span>
              {r.state === 'missing' ? (
                <span className="min-w-0 flex-1 font-medium text-stone-900">{r.name}</span>
              ) : (
                // The link covers the row: a click anywhere on it opens the report.
                <Link
                  href={`/review/${r.year}${reportQuery(r.ref)}`}
                  className="min-w-0 flex-1 font-medium text-brand-700 after:absolute after:inset-0 hover:underline"
                >
                  {r.name}
                  <span className="sr-only">{r.year}年述职报告</span>
                </Link>
              )}
              {r.submittedAt && (
                <span className="text-sm text-stone-500">{formatDate(beijingDate(new Date(r.submittedAt)))}提交</span>
              )}
              <Badge tone={tones[r.state]}>{r.grade ?? queueStateLabels[r.state]}</Badge>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
