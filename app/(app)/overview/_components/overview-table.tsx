import Link from 'next/link';
import { BranchLink } from '@/app/(app)/overview/_components/branch-link';
import { cn } from '@/components/ui/cn';
import { organisationLevelLabels } from '@/lib/organisations/model';
import { lineFigures } from '@/lib/overview/columns';
import type { OverviewSort } from '@/lib/overview/facts';
import type { OverviewLine, OverviewOrder } from '@/lib/overview/lines';

/** The columns a person reads, each with the order its heading sorts by. */
const columns: { label: string; sort: OverviewSort }[] = [
  { label: '三会一课', sort: 'missed' },
  { label: '出勤率', sort: 'attendance' },
  { label: '整改事项', sort: 'overdueItems' },
  { label: '发展党员', sort: 'overdueSteps' },
  { label: '述职报告', sort: 'report' },
  { label: '党费', sort: 'dues' },
];

/** The overview's address with an order and a set of open organisations. */
function overviewHref(order: OverviewOrder, open: ReadonlySet<number>) {
  const query = new URLSearchParams();
  if (order) {
    query.set('sort', order.sort);
    query.set('dir', order.direction);
  }
  query.set('open', [...open].sort((a, b) => a - b).join(','));
  return `/overview?${query}`;
}

function sortQuery(order: OverviewOrder, sort: OverviewSort): OverviewOrder {
  // Worst first on the first click (most missed, lowest rate), then the other way.
  const worstFirst: 'asc' | 'desc' = sort === 'attendance' || sort === 'dues' || sort === 'report' ? 'asc' : 'desc';
  const direction = order?.sort === sort ? (order.direction === 'asc' ? 'desc' : 'asc') : worstFirst;
  return { sort, direction };
}

function Cells({ line, year }: { line: OverviewLine; year: number }) {
  const f = lineFigures(line);
  const cell = (content: React.ReactNode, to?: string, label?: string) =>
    line.type === 'branch' && to ? (
      <BranchLink branchId={line.id} to={to} label={label}>
        {content}
      </BranchLink>
    ) : (
      content
    );
  const warn = (n: number, text: string) => (n > 0 ? <span className="font-medium text-red-700">{text}</span> : text);
  const reportLink =
    line.type === 'branch' && line.facts.report?.status === 'submitted' ? (
      <Link href={`/review/${year}?branch=${line.id}`} className="text-brand-700 hover:underline">
        {f.report}
        <span className="sr-only">：审阅{line.name}的报告</span>
      </Link>
    ) : (
      f.report
    );
  return (
    <>
      <td className="px-3 py-2 whitespace-nowrap">
        {cell(
          <>
            {f.met}按期 · {warn(f.missed, `${f.missed}未按期`)}
            {f.due > 0 ? <span className="text-amber-700"> · {f.due}待开</span> : ' · 0待开'}
          </>,
          '/meetings/calendar',
          `${line.name}三会一课：按期${f.met}，未按期${f.missed}，本期待开${f.due}`,
        )}
      </td>
      <td className="px-3 py-2 text-right tabular-nums">
        {cell(f.attendance === null ? '—' : `${f.attendance}%`, '/meetings/stats')}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {cell(
          <>
            {f.openItems}项 {f.overdueItems > 0 && warn(f.overdueItems, `（逾期${f.overdueItems}）`)}
          </>,
          '/rectification',
          `${line.name}整改事项：未销号${f.openItems}项，逾期${f.overdueItems}项`,
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">
        {cell(
          <>
            {f.applicant}·{f.activist}·{f.candidate}·{f.probationary}
            {f.overdueSteps > 0 && <> {warn(f.overdueSteps, `逾期${f.overdueSteps}步`)}</>}
          </>,
          '/development',
          `${line.name}发展党员：申请人${f.applicant}，积极分子${f.activist}，发展对象${f.candidate}，预备党员${f.probationary}，逾期步骤${f.overdueSteps}`,
        )}
      </td>
      <td className="px-3 py-2 whitespace-nowrap">{reportLink}</td>
      <td className="px-3 py-2 text-right tabular-nums">{cell(f.dues === null ? '—' : `${f.dues}%`, '/dues')}</td>
    </>
  );
}

/**
 * The branches (and sub-organisations, each with its branches added up) × this year's facts. A
 * sub-organisation opens and folds with its link (the page's `open` list), so a tree of hundreds of branches
 * shows its organisations first; the headings sort the branches under each organisation.
 */
export function OverviewTable({
  lines,
  year,
  order,
  open,
}: {
  lines: OverviewLine[];
  year: number;
  order: OverviewOrder;
  open: ReadonlySet<number>;
}) {
  const toggled = (id: number) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    return next;
  };

  return (
    <section
      aria-label="各支部情况"
      className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
    >
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">
          各支部本年度情况：三会一课为按期/未按期/本期待开的期数，发展党员为申请人·积极分子·发展对象·预备党员人数
        </caption>
        <thead className="bg-stone-50 text-left text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              组织
            </th>
            {columns.map((c) => (
              <th
                key={c.label}
                scope="col"
                className="px-3 py-2 font-medium whitespace-nowrap"
                aria-sort={
                  order?.sort === c.sort ? (order.direction === 'asc' ? 'ascending' : 'descending') : undefined
                }
              >
                <Link
                  href={overviewHref(sortQuery(order, c.sort), open)}
                  className="hover:text-stone-900 hover:underline"
                >
                  {c.label}
                  {order?.sort === c.sort && <span aria-hidden="true">{order.direction === 'asc' ? ' ↑' : ' ↓'}</span>}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {lines.map((line) => (
            <tr
              key={`${line.type}-${line.id}`}
              className={cn(line.type === 'organisation' ? 'bg-stone-50/70 font-medium' : 'text-stone-800')}
            >
              <th scope="row" className="px-3 py-2 text-left font-normal">
                <span className="flex items-center gap-1" style={{ paddingLeft: `${line.depth * 1.25}rem` }}>
                  {line.type === 'organisation' ? (
                    <>
                      {line.depth > 0 && (
                        <Link
                          href={overviewHref(order, toggled(line.id))}
                          scroll={false}
                          aria-expanded={open.has(line.id)}
                          className="rounded px-1 text-stone-500 hover:bg-stone-200"
                        >
                          <span aria-hidden="true">{open.has(line.id) ? '▾' : '▸'}</span>
                          <span className="sr-only">
                            {open.has(line.id) ? '收起' : '展开'}
                            {line.name}
                          </span>
                        </Link>
                      )}
                      <span className="font-medium text-stone-900">{line.name}</span>
                      <span className="text-xs text-stone-500">
                        {organisationLevelLabels[line.level]} · {line.totals.branches}个支部
                      </span>
                    </>
                  ) : (
                    <BranchLink branchId={line.id} to="/members" className="text-brand-700 hover:underline">
                      {line.name}
                    </BranchLink>
                  )}
                  {line.type === 'branch' && line.facts.setupPending && (
                    <span className="text-xs text-stone-500">（上线准备中）</span>
                  )}
                </span>
              </th>
              <Cells line={line} year={year} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
