import type { Metadata } from 'next';
import { BranchLink } from '@/app/(app)/overview/_components/branch-link';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { loadOverview } from '@/db/queries/overview-cache';
import { todayIso } from '@/lib/clock';
import type { ComplianceState } from '@/lib/meetings/compliance';
import { overviewLines } from '@/lib/overview/lines';
import { requireOrganisationUser } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '组织生活日历' };

const states: Record<ComplianceState, { label: string; className: string }> = {
  missed: { label: '有未按期', className: 'bg-red-500 text-white' },
  due: { label: '进行中未完成', className: 'bg-amber-300 text-amber-950' },
  met: { label: '全部按期', className: 'bg-emerald-500 text-white' },
  upcoming: { label: '未到', className: 'bg-stone-100 text-stone-500' },
  unrecorded: { label: '上线前', className: 'bg-stone-200 text-stone-600' },
};
const marks: Record<ComplianceState, string> = { missed: '✕', due: '…', met: '✓', upcoming: '', unrecorded: '—' };

/**
 * Every branch beneath the organisation × the twelve months: each month coloured by the worst of the
 * branch's meeting rules covering it, so the branches that fell behind stand out at a glance.
 */
export default async function OverviewCalendarPage() {
  const user = await requireOrganisationUser();
  const year = await getSelectedYear();
  const { organisation, organisations, branches, facts } = loadOverview(user.organisationId, year, todayIso());
  const lines = overviewLines(organisation.id, organisations, branches, facts, null);

  return (
    <>
      <PageHeader
        title={`${year}年组织生活日历`}
        description="每格为该支部当月所涉各项会议要求（月度、季度、年度）的最差情况；点击支部名称查看其合规日历。"
      />
      <ul aria-label="图例" className="mb-4 flex flex-wrap gap-3 text-sm text-stone-700">
        {(Object.keys(states) as ComplianceState[]).map((state) => (
          <li key={state} className="flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className={cn('inline-block size-4 rounded text-center text-xs', states[state].className)}
            >
              {marks[state]}
            </span>
            {states[state].label}
          </li>
        ))}
      </ul>
      <section
        aria-label="组织生活日历"
        className="relative overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        <table className="w-full min-w-[44rem] text-sm">
          <thead className="bg-stone-50 text-stone-600">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-medium">
                组织
              </th>
              {Array.from({ length: 12 }, (_, i) => (
                <th key={i} scope="col" className="w-10 px-1 py-2 text-center font-medium">
                  {i + 1}月
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {lines.map((line) =>
              line.type === 'organisation' ? (
                <tr key={`o-${line.id}`} className="bg-stone-50/70">
                  <th
                    scope="rowgroup"
                    colSpan={13}
                    className="px-3 py-1.5 text-left font-medium text-stone-900"
                    style={{ paddingLeft: `${0.75 + line.depth * 1.25}rem` }}
                  >
                    {line.name}
                  </th>
                </tr>
              ) : (
                <tr key={`b-${line.id}`}>
                  <th
                    scope="row"
                    className="px-3 py-1.5 text-left font-normal"
                    style={{ paddingLeft: `${0.75 + line.depth * 1.25}rem` }}
                  >
                    <BranchLink branchId={line.id} to="/meetings/calendar" className="text-brand-700 hover:underline">
                      {line.name}
                    </BranchLink>
                  </th>
                  {line.facts.months.map((state, i) => (
                    <td key={i} className="px-1 py-1.5 text-center">
                      {state ? (
                        <span
                          title={`${i + 1}月：${states[state].label}`}
                          className={cn(
                            'inline-flex size-7 items-center justify-center rounded',
                            states[state].className,
                          )}
                        >
                          <span aria-hidden="true">{marks[state]}</span>
                          <span className="sr-only">{states[state].label}</span>
                        </span>
                      ) : (
                        <span className="sr-only">无要求</span>
                      )}
                    </td>
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </section>
    </>
  );
}
