import type { Metadata } from 'next';
import { StartDevelopmentForm } from '@/app/(app)/development/_components/start-form';
import { startDevelopment } from '@/app/(app)/development/actions';
import { StatusBadge } from '@/components/people/status-badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { SoftLinks } from '@/components/ui/soft-links';
import {
  developmentCountsForYear,
  listBackfillCandidates,
  listDevelopmentCandidates,
  listDevelopmentRecords,
} from '@/db/queries/development';
import { can } from '@/lib/auth/permissions';
import { todayIso } from '@/lib/clock';
import { nextDeadlines } from '@/lib/development/rules';
import { nextStep } from '@/lib/development/status';
import { type DevelopmentStepCode, stepNumber } from '@/lib/development/steps';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';
import { requirePermission } from '@/server/auth/current-user';
import { getSelectedYear } from '@/server/selected-year';

export const metadata: Metadata = { title: '发展党员' };

const columns: PoliticalStatus[] = ['applicant', 'activist', 'candidate', 'probationary'];

const yearFigures: { code: DevelopmentStepCode; label: string }[] = [
  { code: 'application', label: '递交入党申请' },
  { code: 'activist_confirmed', label: '确定入党积极分子' },
  { code: 'candidate_confirmed', label: '确定发展对象' },
  { code: 'admission_approved', label: '接收预备党员' },
  { code: 'full_approved', label: '预备党员转正' },
];

export default async function DevelopmentPage() {
  const user = await requirePermission('development.read');
  const today = todayIso();
  const records = listDevelopmentRecords(user).filter((r) => columns.includes(r.politicalStatus));
  const year = await getSelectedYear();
  const counts = developmentCountsForYear(user, year);
  const writer = can(user, 'development.write');
  const backfill = listBackfillCandidates(user);

  return (
    <>
      <PageHeader
        title="发展党员"
        description="按25个步骤记录发展全过程；每一步都按规定检查时间和条件，临近期限的事项会提前提醒。"
        actions={
          <ButtonLink href="/development/import" variant="secondary">
            Excel 导入导出
          </ButtonLink>
        }
      />
      {writer && (
        <Card title="新的入党申请" className="mb-5">
          <StartDevelopmentForm action={startDevelopment} people={listDevelopmentCandidates(user)} today={today} />
        </Card>
      )}
      <section aria-label={`${year}年发展情况`} className="mb-5 grid grid-cols-2 gap-2 sm:grid-cols-5">
        {yearFigures.map(({ code, label }) => {
          const figure = counts.get(code);
          return (
            <div key={code} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-stone-200" title={figure?.names}>
              <p className="text-xs text-stone-600">
                {year}年{label}
              </p>
              <p className="mt-1 text-xl font-semibold">
                {figure?.count ?? 0}
                <span className="ml-0.5 text-sm font-normal text-stone-500">名</span>
              </p>
              {figure && <p className="mt-0.5 truncate text-xs text-stone-500">{figure.names}</p>}
            </div>
          );
        })}
      </section>
      {backfill.length > 0 && (
        <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
          {backfill.length}{' '}
          人的政治面貌表明已在发展过程中，但尚无发展记录（如随名册导入）。请打开其卡片补录发展过程，系统才能提醒转正等期限。
        </p>
      )}
      <SoftLinks>
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
          {columns.map((status) => {
            const inColumn = records.filter((r) => r.politicalStatus === status);
            return (
              <section
                key={status}
                aria-label={politicalStatusLabels[status]}
                className="rounded-lg bg-stone-200/60 p-3"
              >
                <h2 className="mb-2 flex items-center justify-between text-sm font-semibold text-stone-800">
                  {politicalStatusLabels[status]}
                  <span className="text-stone-600">
                    {inColumn.length + backfill.filter((p) => p.politicalStatus === status).length}人
                  </span>
                </h2>
                <ul className="space-y-2">
                  {inColumn.map((r) => {
                    const history = { birthDate: r.birthDate, idNumber: r.idNumber, steps: r.steps };
                    const next = nextStep(history);
                    const dates = nextDeadlines(history, today);
                    const deadline = dates.find((d) => d.kind === 'deadline') ?? dates[0];
                    const overdue = deadline?.kind === 'deadline' && deadline.due < today;
                    return (
                      <li key={r.id}>
                        <a
                          href={`/development/${r.personId}`}
                          className="block rounded-md bg-white p-3 shadow-sm ring-1 ring-stone-200 hover:ring-brand-600"
                        >
                          <div className="flex items-center justify-between gap-2">
                            <span className="font-medium">{r.name}</span>
                            <StatusBadge status={r.politicalStatus} />
                          </div>
                          {next && (
                            <p className="mt-1 text-xs text-stone-600">
                              下一步：第{stepNumber(next.code)}步 {next.name}
                            </p>
                          )}
                          {deadline && (
                            <p
                              className={`mt-1 text-xs ${overdue ? 'text-red-700' : deadline.kind === 'earliest' ? 'text-stone-600' : 'text-amber-800'}`}
                            >
                              {deadline.message}
                            </p>
                          )}
                        </a>
                      </li>
                    );
                  })}
                  {backfill
                    .filter((p) => p.politicalStatus === status)
                    .map((p) => (
                      <li key={`backfill-${p.id}`}>
                        <a
                          href={`/development/${p.id}`}
                          className="block rounded-md border border-dashed border-amber-400 bg-white p-3 hover:border-brand-600"
                        >
                          <div className="flex items-center justify-between gap-2">
                            <span className="font-medium">{p.name}</span>
                            <StatusBadge status={p.politicalStatus} />
                          </div>
                          <p className="mt-1 text-xs text-amber-800">尚无发展记录：补录发展过程</p>
                        </a>
                      </li>
                    ))}
                  {inColumn.length === 0 && !backfill.some((p) => p.politicalStatus === status) && (
                    <li className="px-1 text-xs text-stone-600">暂无</li>
                  )}
                </ul>
              </section>
            );
          })}
        </div>
      </SoftLinks>
    </>
  );
}
