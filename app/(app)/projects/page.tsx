import type { Metadata } from 'next';
import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink, buttonClass } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/components/ui/format';
import { PageHeader } from '@/components/ui/page-header';
import { listPlannedProjects, listProjects, outputEntries } from '@/db/queries/project-list';
import { participantScope } from '@/db/queries/projects';
import { serviceTotalsForYear } from '@/db/report/totals/service';
import { can } from '@/lib/auth/permissions';
import { outputCategoryLabels, type ProjectStatus, projectStatusLabels } from '@/lib/service/model';
import { formatQuantity } from '@/lib/service/quantities';
import { requireAnyPermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '结对与服务' };

const statusTone: Record<ProjectStatus, 'blue' | 'green' | 'stone' | 'amber'> = {
  planned: 'blue',
  active: 'green',
  completed: 'stone',
  closed: 'amber',
};

export default async function ProjectsPage({
  searchParams,
}: {
  searchParams: Promise<{ type?: string; removed?: string }>;
}) {
  const user = await requireAnyPermission('projects.read', 'projects.mine');
  const year = await getSelectedYear();
  const search = await searchParams;
  const mine = participantScope(user) !== null;
  const projects = listProjects(user, year);
  const writer = can(user, 'projects.write');

  if (mine) {
    return (
      <>
        <PageHeader title={`${year}年我参与的项目`} description="您参加过的结对共建、帮扶和志愿服务项目" />
        <ProjectList projects={projects} empty="本年度您还没有参与的项目。" />
      </>
    );
  }

  const totals = serviceTotalsForYear(user, year);
  const selected = totals.find((t) => String(t.outputTypeId) === search.type);
  const entries = selected ? outputEntries(user, year, selected.outputTypeId) : [];
  const planned = listPlannedProjects(user, year + 1);

  return (
    <>
      <PageHeader
        title={`${year}年结对与服务`}
        description="结对共建、帮扶、书记项目、我为群众办实事和志愿服务，及其成效"
        actions={
          <>
            <a href={`/projects/ledger.xlsx?year=${year}`} className={buttonClass('secondary')} download>
              导出台账
            </a>
            {writer && (
              <>
                <ButtonLink href="/projects/settings" variant="secondary">
                  成效类型
                </ButtonLink>
                <ButtonLink href={`/projects/new?plan=${year + 1}`} variant="secondary">
                  计划{year + 1}年书记项目
                </ButtonLink>
                <ButtonLink href="/projects/new">新建项目</ButtonLink>
              </>
            )}
          </>
        }
      />
      {search.removed && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          项目已删除（保留在审计记录中）。
        </p>
      )}

      <section aria-label="本年度成效合计" className="mb-5">
        <h2 className="mb-2 text-sm font-medium text-stone-700">本年度成效合计</h2>
        {totals.length === 0 ? (
          <p className="rounded-lg bg-white px-4 py-6 text-center text-sm text-stone-600 ring-1 ring-stone-200">
            本年度还没有记录成效。
          </p>
        ) : (
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-6">
            {totals.map((t) => (
              <Link
                key={t.outputTypeId}
                href={`/projects?type=${t.outputTypeId}#entries`}
                aria-current={selected?.outputTypeId === t.outputTypeId ? 'true' : undefined}
                className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600 aria-[current]:ring-2 aria-[current]:ring-brand-600"
              >
                <p className="text-xs text-stone-600">
                  {t.name}
                  {!echoes(t.name, outputCategoryLabels[t.category]) && (
                    <span className="ml-1 text-stone-500">{outputCategoryLabels[t.category]}</span>
                  )}
                </p>
                <p className="mt-1 text-lg font-semibold tabular-nums">{formatQuantity(t.total, t.unit)}</p>
              </Link>
            ))}
          </div>
        )}
      </section>

      {selected && (
        <Card
          title={`${selected.name}明细`}
          className="mb-5"
          action={
            <Link href="/projects" className="text-sm text-brand-700 hover:underline">
              收起
            </Link>
          }
        >
          <table id="entries" className="w-full text-sm">
            <thead className="text-left text-xs text-stone-500">
              <tr>
                <th className="py-1 font-normal">日期</th>
                <th className="py-1 font-normal">项目 / 活动</th>
                <th className="py-1 text-right font-normal">数量</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {entries.map((e) => (
                <tr key={e.activityId}>
                  <td className="py-2 pr-2 align-top whitespace-nowrap text-stone-600 tabular-nums">{e.date}</td>
                  <td className="py-2 pr-2">
                    <Link href={`/projects/${e.projectId}`} className="text-brand-700 hover:underline">
                      {e.projectName}
                    </Link>{' '}
                    · {e.title}
                    {e.note && <span className="text-stone-500">（{e.note}）</span>}
                  </td>
                  <td className="py-2 text-right whitespace-nowrap tabular-nums">
                    {formatQuantity(e.quantity, selected.unit)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <td colSpan={2} className="pt-2 text-right text-stone-600">
                  合计
                </td>
                <td className="pt-2 text-right font-semibold tabular-nums">
                  {formatQuantity(selected.total, selected.unit)}
                </td>
              </tr>
            </tfoot>
          </table>
        </Card>
      )}

      <ProjectList projects={projects} empty="本年度还没有项目。" />

      {planned.length > 0 && (
        <Card title={`${year + 1}年书记项目计划`} className="mt-5">
          <ul className="space-y-1 text-sm">
            {planned.map((p) => (
              <li key={p.id}>
                <Link href={`/projects/${p.id}`} className="text-brand-700 underline underline-offset-2">
                  {p.name}
                </Link>
                <span className="ml-2 text-stone-500">
                  {p.kind} · 计划 {formatDate(p.startDate)} 启动
                </span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}

function ProjectList({ projects, empty }: { projects: ReturnType<typeof listProjects>; empty: string }) {
  return (
    <ul
      aria-label="项目列表"
      className="divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
    >
      {projects.map((p) => (
        <li key={p.id}>
          <Link
            href={`/projects/${p.id}`}
            className="block px-4 py-3 hover:bg-stone-50 sm:flex sm:items-center sm:gap-3"
          >
            <span className="flex min-w-0 flex-1 items-start gap-2">
              <span className="shrink-0">
                <Badge tone="red">{p.kind}</Badge>
              </span>
              <span className="font-medium text-stone-900">{p.name}</span>
            </span>
            <span className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 sm:mt-0 sm:shrink-0">
              {p.partner && <span className="text-sm text-stone-600">{p.partner}</span>}
              <span className="text-xs text-stone-600">本年活动 {p.activities} 次</span>
              <Badge tone={statusTone[p.status]}>{projectStatusLabels[p.status]}</Badge>
            </span>
          </Link>
        </li>
      ))}
      {projects.length === 0 && <li className="px-4 py-8 text-center text-sm text-stone-600">{empty}</li>}
    </ul>
  );
}

/**
 * Whether a type's name already says its category (受益农牧民 · 受益户数, 投入资金 · 资金), so the tile
 * does not repeat it: some two characters of the category's label appear in the name.
 */
function echoes(name: string, categoryLabel: string): boolean {
  for (let i = 0; i + 2 <= categoryLabel.length; i++) {
    if (name.includes(categoryLabel.slice(i, i + 2))) return true;
  }
  return false;
}
