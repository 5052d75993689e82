import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryForm } from '@/app/(app)/outputs/_components/category-form';
import { OutputForm } from '@/app/(app)/outputs/_components/output-form';
import {
  createWorkOutput,
  createWorkOutputCategory,
  setWorkOutputCategoryArchived,
  updateWorkOutputCategory,
} from '@/app/(app)/outputs/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { cn } from '@/components/ui/cn';
import { formatShortDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listWorkOutputCategories, listWorkOutputs } from '@/db/queries/work-outputs';
import { workOutputTotalsForYear } from '@/db/report/totals/work-outputs';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { formatQuantity } from '@/lib/service/quantities';
import { defaultDateIn } from '@/lib/years';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '工作成果' };

const tile = 'block h-full rounded-lg bg-white p-3 shadow-sm ring-1 hover:ring-brand-600';

export default async function OutputsPage({
  searchParams,
}: {
  searchParams: Promise<{ category?: string; removed?: string }>;
}) {
  const user = await requirePermission('outputs.read');
  const year = await getSelectedYear();
  const search = await searchParams;
  const writer = can(user, 'outputs.write');
  const today = todayIso();
  const totals = workOutputTotalsForYear(user, year);
  const selected = totals.find((t) => String(t.categoryId) === search.category);
  const rows = listWorkOutputs(user, year, { categoryId: selected?.categoryId });
  const categories = writer ? listWorkOutputCategories(user) : [];
  const open = categories.filter((c) => !c.archivedAt);

  return (
    <>
      <PageHeader
        title={`${year}年工作成果`}
        description="党建引领业务工作的成果：随时按日期登记，年底按类别自动合计"
        actions={
          <a href={`/outputs/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
            导出台账
          </a>
        }
      />
      {search.removed && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          成果已删除（保留在审计记录中）。
        </p>
      )}

      <ul aria-label={`${year}年合计`} className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {totals.map((t) => (
          <li key={t.categoryId}>
            <Link
              href={selected?.categoryId === t.categoryId ? '/outputs' : `/outputs?category=${t.categoryId}`}
              aria-current={selected?.categoryId === t.categoryId ? 'true' : undefined}
              className={cn(tile, selected?.categoryId === t.categoryId ? 'ring-2 ring-brand-600' : 'ring-stone-200')}
            >
              <p className="text-xs text-stone-600">
                {t.name}
                {t.archived && '（已归档）'}
              </p>
              <p className="mt-1 text-xl font-semibold">{formatQuantity(t.total, t.unit)}</p>
              <p className="mt-0.5 text-xs text-stone-500">{t.entries} 条记录</p>
            </Link>
          </li>
        ))}
      </ul>

      {writer && (
        <Card title="登记成果" className="mb-5">
          <OutputForm
            action={createWorkOutput}
            categories={open}
            today={today}
            defaultDate={defaultDateIn(year, today)}
            defaultCategoryId={selected?.categoryId}
          />
        </Card>
      )}

      <div className="mb-3 flex flex-wrap items-center gap-3 text-sm text-stone-600">
        <h2 className="text-base font-semibold text-stone-900">
          {selected ? `${selected.name}：${formatQuantity(selected.total, selected.unit)}` : '全部成果'}
        </h2>
        <span>共 {rows.length} 条</span>
        {selected && (
          <Link href="/outputs" className="text-brand-700 hover:underline">
            显示全部类别
          </Link>
        )}
      </div>
      <ul
        aria-label="成果列表"
        className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {rows.map((o) => (
          <li key={o.id}>
            <Link
              href={`/outputs/${o.id}`}
              className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-stone-50"
            >
              <span className="w-14 shrink-0 text-sm text-stone-600 tabular-nums">{formatShortDate(o.date)}</span>
              <Badge>{o.categoryName}</Badge>
              {/* On a phone the title gets a line of its own under the date, category and quantity. */}
              <span className="order-last min-w-0 basis-full font-medium text-stone-900 sm:order-none sm:flex-1 sm:basis-auto">
                {o.title}
              </span>
              <span className="ml-auto text-sm text-stone-600 tabular-nums sm:ml-0">
                {formatQuantity(o.quantity, o.unit)}
              </span>
            </Link>
          </li>
        ))}
        {rows.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">本年度还没有登记成果。</li>}
      </ul>

      {writer && (
        <Card title="成果类别" className="mt-6">
          <p className="mb-3 text-sm text-stone-600">
            类别由支部自行设定。归档的类别不再用于登记，已登记的成果和合计保留。
          </p>
          <ul aria-label="类别列表" className="divide-y divide-stone-100">
            {categories.map((c) => (
              <li key={c.id} className="flex flex-wrap items-end justify-between gap-3 py-3">
                <CategoryForm action={updateWorkOutputCategory} category={c} />
                {c.archivedAt && <Badge tone="amber">已归档</Badge>}
                <InlineActionForm
                  action={setWorkOutputCategoryArchived}
                  hidden={{ id: c.id, version: c.version, archived: c.archivedAt ? 'false' : 'true' }}
                  submitLabel={c.archivedAt ? `恢复使用 ${c.name}` : `归档 ${c.name}`}
                />
              </li>
            ))}
          </ul>
          <div className="mt-3 border-t border-stone-100 pt-4">
            <CategoryForm action={createWorkOutputCategory} />
          </div>
        </Card>
      )}
    </>
  );
}
