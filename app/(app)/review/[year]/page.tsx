import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FileLinks } from '@/app/(app)/report/_components/file-links';
import { ReadOnlyReport } from '@/app/(app)/report/_components/read-only-report';
import { addReviewComment, gradeReport, turnCommentIntoRectification } from '@/app/(app)/review/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listPeopleForPicker } from '@/db/queries/people';
import { requestedReport } from '@/db/report/access';
import { cachedFigures } from '@/db/report/figures/compute';
import type { ReportOwner } from '@/db/report/owner';
import { getReport, listReviewComments, reportsForReview } from '@/db/report/queries';
import { figureKeysIn } from '@/lib/report/figure-key';
import { reportGrades, reportStatusLabels } from '@/lib/report/model';
import { sectionNumbers } from '@/lib/report/render';
import { type ReportRef, reportQuery, reportRefOf } from '@/lib/report/report-ref';
import { requirePermission } from '@/server/auth/current-user';
import { selectableYears } from '@/server/selected-year';

export const metadata: Metadata = { title: '述职评议' };

const fieldClass = 'h-8 rounded-md px-2 text-sm ring-1 ring-stone-300';

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ branch?: string; organisation?: string }>;
}) {
  const user = await requirePermission('report.review');
  const year = Number((await params).year);
  // The years the switcher offers: from the first year the app knows to next year.
  if (!selectableYears().includes(year)) notFound();
  const search = await searchParams;
  const rows = reportsForReview(user, year);
  const named = reportRefOf(search) !== undefined;
  const requested = named ? requestedReport(user, search) : null;
  // One's own report is written on 述职报告, not reviewed here.
  if (named && (requested === null || requested.own)) notFound();
  const report = requested ? getReport(requested.owner, year) : null;
  const readable = report && report.status === 'submitted' ? report : null;

  return (
    <>
      <PageHeader
        title={`${year}年述职评议`}
        description="审阅下级党组织和所属支部提交的述职报告，评定等次、提出意见；支部报告的意见可转为支部的整改事项。"
      />
      <ul
        aria-label="各支部报告"
        className="mb-5 divide-y divide-stone-100 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-stone-200"
      >
        {rows.map((r) => (
          <li key={reportQuery(r.ref)} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <span className="min-w-0 flex-1 font-medium text-stone-900">{r.name}</span>
            {r.status ? (
              <Badge tone={r.status === 'submitted' ? 'green' : 'stone'}>{reportStatusLabels[r.status]}</Badge>
            ) : (
              <Badge>未开始</Badge>
            )}
            {r.grade && <Badge tone="amber">{r.grade}</Badge>}
            {r.status === 'submitted' && (
              <Link href={`/review/${year}${reportQuery(r.ref)}`} className="text-sm text-brand-700 hover:underline">
                审阅<span className="sr-only">{r.name}的报告</span>
              </Link>
            )}
          </li>
        ))}
      </ul>

      {requested && !readable && (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">该报告尚未提交。</p>
      )}
      {readable && requested?.ref && (
        <ReviewedReport
          report={readable}
          owner={requested.owner}
          reportRef={requested.ref}
          year={year}
          people={
            requested.owner.kind === 'branch'
              ? listPeopleForPicker({ ...user, branchId: requested.owner.branchId })
              : []
          }
        />
      )}
    </>
  );
}

function ReviewedReport({
  report,
  owner,
  reportRef,
  year,
  people,
}: {
  report: NonNullable<ReturnType<typeof getReport>>;
  owner: ReportOwner;
  reportRef: ReportRef;
  year: number;
  /** Whom a comment's rectification item can be given to: the branch's people (none for an organisation's report). */
  people: { id: number; name: string }[];
}) {
  const texts = [report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])];
  const figures = cachedFigures(owner, year, figureKeysIn(texts));
  const comments = listReviewComments(report.id);
  return (
    <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
      <div className="space-y-3">
        <div className="flex flex-wrap gap-2">
          <FileLinks year={year} reportRef={reportRef} />
        </div>
        <ReadOnlyReport
          report={report}
          reportRef={reportRef}
          numbers={sectionNumbers(report.sections)}
          figures={[...figures]}
        />
      </div>
      {/* The grade and the comments stay in view while a long report scrolls past. */}
      <div className="space-y-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <Card title="评定等次">
          <InlineActionForm
            action={gradeReport}
            hidden={{ id: report.id, version: report.version }}
            submitLabel="保存等次"
            variant="primary"
          >
            <label className="flex flex-col text-xs text-stone-600">
              等次
              <select name="grade" aria-label="等次" defaultValue={report.grade ?? ''} className={fieldClass}>
                <option value="">请选择</option>
                {reportGrades.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </label>
          </InlineActionForm>
        </Card>
        <Card title="评议意见">
          <ol className="mb-4 space-y-3 text-sm">
            {comments.map((c) => (
              <li key={c.id} className="rounded-md bg-stone-50 p-3">
                <p className="whitespace-pre-line text-stone-800">{c.body}</p>
                {c.rectificationItemId ? (
                  <p className="mt-1 text-xs text-emerald-700">已转为整改事项</p>
                ) : owner.kind === 'organisation' ? null : (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-xs text-brand-700">转为整改事项</summary>
                    <InlineActionForm
                      action={turnCommentIntoRectification}
                      hidden={{ commentId: c.id }}
                      submitLabel="转为整改事项"
                    >
                      <label className="flex flex-col text-xs text-stone-600">
                        问题方面
                        <input name="aspect" required className={fieldClass} />
                      </label>
                      <label className="flex flex-col text-xs text-stone-600">
                        责任人
                        <select name="responsiblePersonId" aria-label="责任人" className={fieldClass}>
                          {people.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.name}
                            </option>
                          ))}
                        </select>
                      </label>
                      <label className="flex flex-col text-xs text-stone-600">
                        整改时限
                        <input name="deadline" type="date" required className={fieldClass} />
                      </label>
                    </InlineActionForm>
                  </details>
                )}
              </li>
            ))}
            {comments.length === 0 && <li className="text-stone-500">还没有评议意见。</li>}
          </ol>
          <InlineActionForm
            action={addReviewComment}
            hidden={{ reportId: report.id }}
            submitLabel="添加意见"
            resetOnSuccess
          >
            <label className="flex min-w-0 flex-1 flex-col text-xs text-stone-600">
              新的意见
              <textarea name="body" rows={3} required className="rounded-md px-2 py-1 text-sm ring-1 ring-stone-300" />
            </label>
          </InlineActionForm>
        </Card>
      </div>
    </div>
  );
}
