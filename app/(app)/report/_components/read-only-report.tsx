'use client';
import { RichParagraphs } from '@/app/(app)/report/_components/rich-paragraphs';
import type { ReportDetail } from '@/db/report/queries';
import type { FigureSummary } from '@/lib/report/figure-types';

/** A submitted report as the working committee reads it: figures live, each with its records. */
export function ReadOnlyReport({
  report,
  branchId,
  numbers,
  figures,
}: {
  report: ReportDetail;
  branchId: number;
  numbers: string[];
  figures: [string, FigureSummary][];
}) {
  const context = {
    reportId: report.id,
    source: { year: report.year, branchId },
    figures: new Map(figures),
    overrides: new Map(report.overrides.map((o) => [o.figureKey, o])),
  };
  return (
    <article aria-label={report.title} className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-stone-200">
      <h2 className="text-center text-xl font-semibold">{report.title}</h2>
      {report.preamble && <RichParagraphs body={report.preamble} context={context} />}
      {report.sections.map((s, i) => (
        <section key={s.id} aria-label={`${numbers[i]}${s.heading}`} className="space-y-2">
          <h3 className={s.level === 1 ? 'font-semibold text-stone-900' : 'font-medium text-stone-800'}>
            {numbers[i]}
            {s.heading}
          </h3>
          <RichParagraphs body={s.body} context={context} />
        </section>
      ))}
    </article>
  );
}
