import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ExportLinks } from '@/app/(app)/report/_components/export-links';
import { LazyReportEditor } from '@/app/(app)/report/_components/lazy-report-editor';
import { PreambleForm } from '@/app/(app)/report/_components/preamble-form';
import { RecordCoverageCard } from '@/app/(app)/report/_components/record-coverage-card';
import { SectionToolbar } from '@/app/(app)/report/_components/section-toolbar';
import {
  createReport,
  overrideReportFigure,
  restoreReportFigure,
  saveReportSection,
  submitReport,
} from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { reportRecordCoverage } from '@/db/report/coverage';
import { cachedFigureCatalogue } from '@/db/report/figures/catalogue';
import { cachedFigures } from '@/db/report/figures/compute';
import { getReport, listAssignableAccounts, listReviewComments } from '@/db/report/queries';
import { can } from '@/lib/auth/permissions';
import { figureKeysIn } from '@/lib/report/figure-key';
import { summariesOf } from '@/lib/report/figure-types';
import { reportStatusLabels } from '@/lib/report/model';
import { findPlaceholders } from '@/lib/report/placeholders';
import { firstYear } from '@/lib/years';
import { requirePermission } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '述职报告' };

export default async function ReportPage({ params }: { params: Promise<{ year: string }> }) {
  const user = await requirePermission('report.write');
  const year = Number((await params).year);
  if (!Number.isInteger(year) || year < firstYear || year > 2100) notFound();
  const report = getReport(user, year);
  const secretary = can(user, 'report.submit');

  if (!report) {
    const lastYear = getReport(user, year - 1);
    return (
      <>
        <PageHeader
          title={`${year}年述职报告`}
          description="述职报告由全年的记录生成：每个数字都与记录绑定，点击即可查看来源。"
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
        <RecordCoverageCard year={year} areas={reportRecordCoverage(user, year)} />
      </>
    );
  }

  const texts = [report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])];
  const figures = cachedFigures(user, year, figureKeysIn(texts));
  const locked = report.status === 'submitted';
  const editableIds = locked
    ? []
    : report.sections.filter((s) => secretary || s.assigneeId === user.accountId).map((s) => s.id);
  const placeholders = texts.reduce((n, t) => n + findPlaceholders(t).length, 0);
  const assignable = secretary && !locked ? listAssignableAccounts(user) : [];
  const comments = locked ? listReviewComments(report.id) : [];

  return (
    <>
      <PageHeader
        title={report.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={locked ? 'green' : 'blue'}>{reportStatusLabels[report.status]}</Badge>
            {report.grade && <Badge tone="amber">党工委评定：{report.grade}</Badge>}
            {placeholders > 0 && <span className="text-amber-800">有 {placeholders} 处占位尚未填写</span>}
          </span>
        }
        actions={
          <>
            <ExportLinks year={year} placeholders={placeholders} />
            {secretary && !locked && (
              <InlineActionForm
                action={submitReport}
                hidden={{ id: report.id, version: report.version }}
                submitLabel="提交党工委"
                variant="primary"
                confirm={
                  placeholders > 0
                    ? `报告中还有 ${placeholders} 处占位未填写。仍要提交吗？提交后不能再修改。`
                    : '提交后报告将锁定，不能再修改。确定提交吗？'
                }
              />
            )}
          </>
        }
      />
      {locked && (
        <p
          role="status"
          className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200"
        >
          报告已提交党工委，内容已锁定。
        </p>
      )}
      {comments.length > 0 && (
        <Card title="党工委评议意见" className="mb-4">
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
      <div className="space-y-4">
        <PreambleForm
          reportId={report.id}
          version={report.version}
          preamble={report.preamble}
          editable={secretary && !locked}
        />
        <LazyReportEditor
          report={report}
          initialFigures={summariesOf(figures)}
          catalogue={editableIds.length ? cachedFigureCatalogue(user) : []}
          editableIds={editableIds}
          save={saveReportSection}
          overrideAction={locked ? undefined : overrideReportFigure}
          restoreAction={locked ? undefined : restoreReportFigure}
          toolbars={
            secretary && !locked
              ? Object.fromEntries(
                  report.sections.map((s, i) => [
                    s.id,
                    <SectionToolbar
                      key={s.id}
                      reportId={report.id}
                      section={{
                        id: s.id,
                        version: s.version,
                        heading: s.heading,
                        level: s.level,
                        assigneeId: s.assigneeId,
                      }}
                      first={i === 0}
                      last={i === report.sections.length - 1}
                      assignable={assignable}
                    />,
                  ]),
                )
              : undefined
          }
        />
      </div>
    </>
  );
}
