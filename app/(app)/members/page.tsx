import type { Metadata } from 'next';
import Link from 'next/link';
import { RosterList } from '@/app/(app)/members/_components/roster-list';
import { FilterForm } from '@/components/forms/filter-form';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { listGroups, listRoster } from '@/db/queries/people';
import { can } from '@/lib/auth/permissions';
import { type PoliticalStatus, politicalStatuses, politicalStatusLabels } from '@/lib/people/model';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '党员名册' };

type Search = { q?: string; status?: string; group?: string };

const selectClass =
  'h-10 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600';

export default async function MembersPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePermission('members.read');
  const search = await searchParams;
  const status = politicalStatuses.includes(search.status as PoliticalStatus)
    ? (search.status as PoliticalStatus)
    : undefined;
  const groups = listGroups(user);
  const groupId = groups.find((g) => String(g.id) === search.group)?.id;
  const rows = listRoster(user, { q: search.q, status, groupId });
  const filtered = !!(search.q || status || groupId);

  return (
    <>
      <PageHeader
        title="党员名册"
        description={`${user.branchName}在册人员，含党员及入党申请人、积极分子、发展对象`}
        actions={
          <>
            <ButtonLink href="/settings" variant="secondary">
              党小组
            </ButtonLink>
            {can(user, 'members.write') && (
              <>
                <ButtonLink href="/development/import" variant="secondary">
                  Excel 导入
                </ButtonLink>
                <ButtonLink href="/members/new">新增人员</ButtonLink>
              </>
            )}
          </>
        }
      />

      <FilterForm
        role="search"
        aria-label="筛选名册"
        className="mb-4 flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 ring-1 ring-stone-200"
      >
        <label className="flex min-w-[12rem] flex-1 flex-col gap-1 text-sm">
          <span className="text-stone-700">搜索</span>
          <input
            name="q"
            type="search"
            defaultValue={search.q}
            placeholder="姓名、单位或职务"
            className={`${selectClass} px-3`}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-700">政治面貌</span>
          <select name="status" defaultValue={status ?? ''} className={selectClass}>
            <option value="">全部</option>
            {politicalStatuses.map((s) => (
              <option key={s} value={s}>
                {politicalStatusLabels[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="text-stone-700">党小组</span>
          <select name="group" defaultValue={groupId ?? ''} className={selectClass}>
            <option value="">全部</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass('secondary')}>
          筛选
        </button>
        {filtered && (
          <Link href="/members" className="py-2 text-sm text-brand-700 hover:underline">
            清除筛选
          </Link>
        )}
      </FilterForm>

      <p className="mb-2 text-sm text-stone-600" aria-live="polite">
        共 {rows.length} 人
      </p>

      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-8 text-center text-sm text-stone-600 ring-1 ring-stone-200">
          没有符合条件的人员。
        </p>
      ) : (
        <RosterList
          rows={rows.map((p) => ({
            id: p.id,
            name: p.name,
            gender: p.gender,
            ethnicity: p.ethnicity,
            politicalStatus: p.politicalStatus,
            committeeTitle: p.committeeTitle,
            post: p.post,
            groupName: p.groupName,
          }))}
        />
      )}
    </>
  );
}
