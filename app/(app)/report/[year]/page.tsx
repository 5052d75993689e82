import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LazyReportEditor } from '@/app/(app)/report/_components/lazy-report-editor';
import { PreambleForm } from '@/app/(app)/report/_components/preamble-form';
import { RecordCoverageCard } from '@/app/(app)/report/_components/record-coverage-card';
import { TitleForm } from '@/app/(app)/report/_components/title-form';
import { createReport, overrideReportFigure, restoreReportFigure, saveReportSection } from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { reportFigureKeys } from '@/db/report/checks';
import { reportRecordCoverage } from '@/db/report/coverage';
import { cachedFigureCatalogue } from '@/db/report/figures/catalogue';
import { cachedFigures } from '@/db/report/figures/compute';
import { reportOwnerOf } from '@/db/report/owner';
import { getReport, listAssignableAccounts, listReviewComments } from '@/db/report/queries';
import { reviewingLevel } from '@/db/report/rendered';
import { can } from '@/lib/auth/permissions';
import { reportStatusLabels } from '@/lib/report/model';
import { requirePermission } from '@/server/auth/current-user';
import { selectableYears } from '@/server/selected-year';

export const metadata: Metadata = { title: '述职报告' };

export default async function ReportPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePermission('report.write');
  const year = Number((await params).year);
  // The years the switcher offers: from the first year the app knows to next year.
  if (!selectableYears().includes(year)) notFound();
  const owner = reportOwnerOf(user);
  const report = getReport(owner, year);
  const secretary = can(user, 'report.submit');
  const reviewer = reviewingLevel(owner);

  if (!report) {
    const lastYear = getReport(owner, year - 1);
    return (
      <>
        <PageHeader
          title={`${year}年述职报告`}
          description={
            owner.kind === 'branch'
              ? '述职报告由全年的记录生成：每个数字都与记录绑定，点击即可查看来源。'
              : '述职报告由所属各党支部全年的记录生成：每个数字是各支部的合计，点击即可按支部查看来源。'
          }
        />
        <Card title="还没有本年度的报告">
          {secretary ? (
            <div className="space-y-4 text-sm text-stone-700">
              <p>生成初稿后，可逐段修改文字、插入数字、调整结构；修改会自动保存。</p>
              <div className="flex flex-wrap gap-3">
                <InlineActionForm
                  action={createReport}
                  hidden={{ year, from: 'template' }}
                  submitLabel="生成初稿"
                  variant="primary"
                />
                {lastYear && (
                  <InlineActionForm
                    action={createReport}
                    hidden={{ year, from: 'last_year' }}
                    submitLabel="从去年续写"
                  />
                )}
              </div>
              {lastYear && (
                <p className="text-xs text-stone-500">
                  “从去年续写”沿用{year - 1}年报告的结构和文字，所有数字改按{year}
                  年的记录计算，并列出去年问题的整改情况和去年计划的落实情况。
                </p>
              )}
            </div>
          ) : (
            <p className="text-sm text-stone-600">书记生成初稿后，分配给您的部分会出现在这里。</p>
          )}
        </Card>
        <RecordCoverageCard year={year} areas={reportRecordCoverage(owner, year)} />
      </>
    );
  }

  const figures = cachedFigures(owner, year, reportFigureKeys(report));
  const locked = report.status === 'submitted';
  const editableIds = locked
    ? []
    : report.sections.filter((s) => secretary || s.assigneeId === user.accountId).map((s) => s.id);
  const assignable = secretary && !locked ? listAssignableAccounts(owner) : [];
  const comments = locked ? listReviewComments(report.id) : [];

  return (
    <>
      <PageHeader
        title={`${year}年述职报告`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={locked ? 'green' : 'blue'}>{reportStatusLabels[report.status]}</Badge>
            {report.grade && (
              <Badge tone="amber">
                {reviewer}评定：{report.grade}
              </Badge>
            )}
            {!locked && <span>在下方的报告中直接修改文字；输入“/”或点“插入数字”加入数字，修改会自动保存。</span>}
          </span>
        }
      />
      {locked && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          报告已提交{reviewer}，内容已锁定。
        </p>
      )}
      {comments.length > 0 && (
        <Card title={`${reviewer}评议意见`} className="mb-4">
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {comments.map((c) => (
              <li key={c.id}>
                {c.body}
                {c.rectificationItemId && <span className="ml-2 text-xs text-emerald-700">已列入整改事项</span>}
              </li>
            ))}
          </ol>
        </Card>
      )}
      <LazyReportEditor
        report={report}
        initialFigures={[...figures]}
        catalogue={editableIds.length ? cachedFigureCatalogue(owner) : []}
        editableIds={editableIds}
        save={saveReportSection}
        overrideAction={locked ? undefined : overrideReportFigure}
        restoreAction={locked ? undefined : restoreReportFigure}
        secretary={secretary ? { assignable, submitTo: reviewer } : undefined}
        title={
          <TitleForm
            reportId={report.id}
            version={report.version}
            title={report.title}
            editable={secretary && !locked}
          />
        }
        preamble={
          <PreambleForm
            reportId={report.id}
            version={report.version}
            preamble={report.preamble}
            editable={secretary && !locked}
          />
        }
      />
    </>
  );
}
