import type { Metadata } from 'next';
import { OverviewTable } from '@/app/(app)/overview/_components/overview-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { loadOverview, loadOverviewLines } from '@/db/queries/overview-cache';
import { todayIso } from '@/lib/clock';
import { listableBranches, organisationLevelLabels } from '@/lib/organisations/model';
import { isOverviewSort } from '@/lib/overview/facts';
import { type OverviewOrder, visibleLines } from '@/lib/overview/lines';
import { percent } from '@/lib/percent';
import { requireOrganisationUser } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '党建总览' };

function Figure({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold text-stone-900 tabular-nums">{value}</dd>
      {note && <dd className="mt-0.5 text-xs text-stone-500">{note}</dd>}
    </div>
  );
}

export default async function OverviewPage({
  searchParams,
}: {
  searchParams: Promise<{ sort?: string; dir?: string; open?: string }>;
}) {
  const user = await requireOrganisationUser();
  const year = await getSelectedYear();
  const { sort, dir, open: openParam } = await searchParams;
  const order: OverviewOrder = isOverviewSort(sort) ? { sort, direction: dir === 'asc' ? 'asc' : 'desc' } : null;
  const today = todayIso();
  const { organisation, organisations, branches, facts } = loadOverview(user.organisationId, year, today);
  const lines = loadOverviewLines(user.organisationId, year, today, order);
  const open = new Set<number>(
    openParam !== undefined
      ? openParam.split(',').map(Number).filter(Number.isInteger)
      : branches.length <= listableBranches
        ? organisations.map((o) => o.id)
        : [organisation.id],
  );
  // The top is always open: its own line sums everything, its rows are the point.
  open.add(organisation.id);
  const root = lines[0];
  const totals = root?.type === 'organisation' ? root.totals : null;
  const missing = facts.filter((f) => f.compliance.missed > 0).length;
  const overdueBranches = facts.filter((f) => f.rectification.overdue > 0).length;

  return (
    <>
      <PageHeader
        title={`${organisation.name}${year}年党建工作总览`}
        description={`${organisationLevelLabels[organisation.level]}所属党支部本年度的组织生活、整改、发展党员、述职和党费情况；点击数字查看该支部的记录。`}
        actions={
          <a
            href={`/overview/export.xlsx?year=${year}`}
            className="rounded-md px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50"
          >
            导出 Excel
          </a>
        }
      />
      {totals && (
        <Card title="总体情况" className="mb-5">
          <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
            <Figure label="所属党支部" value={`${totals.branches}个`} />
            <Figure
              label="三会一课未按期"
              value={`${totals.compliance.missed}期`}
              note={`涉及${missing}个支部，本期待开${totals.compliance.due}期`}
            />
            <Figure
              label="整改逾期"
              value={`${totals.rectification.overdue}项`}
              note={`涉及${overdueBranches}个支部，未销号共${totals.rectification.open}项`}
            />
            <Figure
              label="述职报告已提交"
              value={`${totals.reports.submitted}/${totals.branches}`}
              note={`已评定${totals.reports.graded}份；出勤率${percent(totals.attendance.present, totals.attendance.expected) ?? '—'}%`}
            />
          </dl>
        </Card>
      )}
      <OverviewTable lines={visibleLines(lines, open)} year={year} order={order} open={open} />
    </>
  );
}
