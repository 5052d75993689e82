'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import type { FigureView } from '@/app/(app)/report/_components/figure-context';
import { RichLine, RichParagraphs } from '@/app/(app)/report/_components/rich-paragraphs';
import type { ReportDetail } from '@/db/report/queries';
import type { FigureSummary } from '@/lib/report/figure-types';
import type { ReportRef } from '@/lib/report/report-ref';

/** A submitted report as the organisation above reads it, in its print look: figures live, each with its records. */
export function ReadOnlyReport({
  report,
  reportRef,
  numbers,
  figures,
}: {
  report: ReportDetail;
  reportRef: ReportRef;
  numbers: string[];
  figures: [string, FigureSummary][];
}) {
  const view: FigureView = {
    reportId: report.id,
    source: { year: report.year, ref: reportRef },
    figures: new Map(figures),
    overrides: new Map(report.overrides.map((o) => [o.figureKey, o])),
  };
  return (
    <article aria-label={report.title} className={documentLook.paper}>
      <h2 className={documentLook.title}>{report.title}</h2>
      {report.preamble && (
        <div className={`${documentLook.paragraph} ${documentLook.body}`}>
          <RichParagraphs body={report.preamble} figures={view} />
        </div>
      )}
      {report.sections.map((s, i) => (
        <section key={s.id} aria-label={`${numbers[i]}${s.heading}`}>
          <h3 className={documentLook.heading[s.level]}>
            {numbers[i]}
            <RichLine text={s.heading} figures={view} />
          </h3>
          <div className={`${documentLook.paragraph} ${documentLook.body}`}>
            <RichParagraphs body={s.body} figures={view} />
          </div>
        </section>
      ))}
    </article>
  );
}
