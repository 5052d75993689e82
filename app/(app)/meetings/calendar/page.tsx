import type { Metadata } from 'next';
import Link from 'next/link';
import { cn } from '@/components/ui/cn';
import { PageHeader } from '@/components/ui/page-header';
import { branchCompliance } from '@/db/queries/compliance';
import { todayIso } from '@/lib/clock';
import { type ComplianceState, complianceWarnings } from '@/lib/meetings/compliance';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '合规日历' };

const stateStyle: Record<ComplianceState, { label: string; className: string }> = {
  met: { label: '已完成', className: 'bg-emerald-100 text-emerald-900' },
  missed: { label: '未完成', className: 'bg-red-100 text-red-900 ring-1 ring-red-300' },
  due: { label: '待完成', className: 'bg-amber-100 text-amber-900' },
  upcoming: { label: '未到期', className: 'bg-stone-100 text-stone-600' },
  unrecorded: {
    label: '未录入',
    className: 'bg-white text-stone-600 outline-1 -outline-offset-1 outline-dashed outline-stone-400',
  },
};

export default async function CalendarPage() {
  const user = await requirePermission('meetings.read');
  const year = await getSelectedYear();
  const today = todayIso();
  const rows = branchCompliance(user, year, today);
  const warnings = complianceWarnings(rows, today);

  return (
    <>
      <PageHeader
        title={`${year}年组织生活合规日历`}
        description="按支部设定的频次要求，逐月、逐季检查各类会议是否按时召开。"
      />

      {warnings.length > 0 && (
        <section aria-label="提醒" className="mb-5 rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
          <h2 className="mb-2 text-base font-semibold">提醒</h2>
          <ul className="space-y-1 text-sm">
            {warnings.map((w) => (
              <li
                key={`${w.ruleKey}-${w.message}`}
                className={w.level === 'missed' ? 'text-red-800' : 'text-amber-900'}
              >
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="mb-3 flex flex-wrap gap-3 text-xs" aria-hidden="true">
        {(Object.entries(stateStyle) as [ComplianceState, (typeof stateStyle)[ComplianceState]][])
          .filter(
            ([state]) =>
              state !== 'unrecorded' || rows.some((row) => row.cells.some((cell) => cell.state === 'unrecorded')),
          )
          .map(([state, s]) => (
            <span key={state} className={cn('rounded px-2 py-0.5', s.className)}>
              {s.label}
            </span>
          ))}
      </div>

      <div className="space-y-3">
        {rows.map((row) => {
          const name = row.rule.groupName ? `${row.rule.groupName}·${row.rule.kindName}` : row.rule.kindName;
          return (
            <section
              key={row.rule.key}
              aria-label={name}
              className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200"
            >
              <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold text-stone-900">{name}</h2>
                <span className="text-xs text-stone-600">要求：{row.ruleText}</span>
              </div>
              <ol
                className={cn(
                  'grid gap-1',
                  row.cells.length === 12
                    ? 'grid-cols-6 sm:grid-cols-12'
                    : row.cells.length === 4
                      ? 'grid-cols-4'
                      : 'grid-cols-1',
                )}
              >
                {row.cells.map((cell) => {
                  const style = stateStyle[cell.state];
                  const content = (
                    <>
                      <span className="block font-medium">{cell.period.label}</span>
                      <span className="block">{cell.count > 0 ? `${cell.count}次` : style.label}</span>
                    </>
                  );
                  return (
                    <li
                      key={cell.period.start}
                      aria-label={`${cell.period.label}：${style.label}，召开${cell.count}次`}
                      className={cn('rounded px-1 py-1.5 text-center text-xs', style.className)}
                    >
                      {cell.count > 0 ? (
                        <Link href={`/meetings/${cell.meetingIds[0]}`} className="block">
                          {content}
                        </Link>
                      ) : (
                        content
                      )}
                    </li>
                  );
                })}
              </ol>
            </section>
          );
        })}
      </div>
    </>
  );
}
