import { ItemList } from '@/app/(app)/rectification/_components/item-list';
import { FilterForm } from '@/components/forms/filter-form';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import {
  listAwaitingCheckOff,
  listRectificationItems,
  type RectificationFilters,
  rectificationFilterOptions,
} from '@/db/queries/rectification';
import { rectificationCountsForYear } from '@/db/report/totals/rectification';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { rectificationSourceLabels, rectificationSources, rectificationStateLabels } from '@/lib/rectification/model';

export type LedgerSearch = { state?: string; aspect?: string; source?: string; person?: string };

const stateOptions: { value: NonNullable<RectificationFilters['state']>; label: string }[] = [
  { value: 'in_progress', label: rectificationStateLabels.in_progress },
  { value: 'overdue', label: '已逾期' },
  { value: 'completed', label: '已完成（待销号）' },
  { value: 'checked_off', label: rectificationStateLabels.checked_off },
];

const selectClass = 'h-9 max-w-full rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300';

function Figure({ label, value, unit }: { label: string; value: string | number; unit?: string }) {
  return (
    <div className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200">
      <p className="text-xs text-stone-600">{label}</p>
      <p className="mt-1 text-xl font-semibold">
        {value}
        {unit && <span className="ml-0.5 text-sm font-normal text-stone-500">{unit}</span>}
      </p>
    </div>
  );
}

/** The committee's (and the reviewer's) ledger of a year: figures, filters, and the items. */
export function Ledger({
  user,
  year,
  today,
  search,
}: {
  user: SessionUser;
  year: number;
  today: string;
  search: LedgerSearch;
}) {
  const options = rectificationFilterOptions(user);
  const filters: RectificationFilters = {
    state: stateOptions.find((o) => o.value === search.state)?.value,
    aspect: options.aspects.find((a) => a === search.aspect),
    source: rectificationSources.find((s) => s === search.source),
    personId: options.owners.find((o) => String(o.id) === search.person)?.id,
  };
  const items = listRectificationItems(user, year, today, filters);
  const counts = rectificationCountsForYear(user, year);
  const awaiting = listAwaitingCheckOff(user).length;

  return (
    <>
      <PageHeader
        title={`${year}年问题整改台账`}
        description="查摆问题逐项明确措施、责任人和时限；整改完成后由支委对账销号。"
        actions={
          <>
            <a href={`/rectification/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
              导出台账
            </a>
            <ButtonLink href="/rectification/review" variant="secondary">
              待销号（{awaiting}）
            </ButtonLink>
            {can(user, 'rectification.write') && <ButtonLink href="/rectification/new">登记问题</ButtonLink>}
          </>
        }
      />
      <section aria-label={`${year}年整改情况`} className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Figure label="查摆问题" value={`${counts.found.byAspect.length}个方面${counts.found.count}个问题`} />
        <Figure label="本年完成整改" value={counts.completed.count} unit="个" />
        <Figure label="本年对账销号" value={counts.checkedOff.count} unit="个" />
        <Figure label="往年结转" value={counts.carriedOver.count} unit="个" />
      </section>

      <FilterForm aria-label="筛选" className="mb-3 flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-xs text-stone-600">
          状态
          <select name="state" defaultValue={filters.state ?? ''} className={selectClass}>
            <option value="">全部</option>
            {stateOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-stone-600">
          方面
          <select name="aspect" defaultValue={filters.aspect ?? ''} className={selectClass}>
            <option value="">全部</option>
            {options.aspects.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-stone-600">
          来源
          <select name="source" defaultValue={filters.source ?? ''} className={selectClass}>
            <option value="">全部</option>
            {rectificationSources.map((s) => (
              <option key={s} value={s}>
                {rectificationSourceLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-xs text-stone-600">
          责任人
          <select name="person" defaultValue={filters.personId ?? ''} className={selectClass}>
            <option value="">全部</option>
            {options.owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary', 'sm')}>
          筛选
        </button>
        <span className="pb-1.5 text-sm text-stone-600">共 {items.length} 个</span>
      </FilterForm>

      <ItemList items={items} today={today} year={year} empty="没有符合条件的整改事项。" />
    </>
  );
}
