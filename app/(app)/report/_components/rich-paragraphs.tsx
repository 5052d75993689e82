'use client';
import { FigureChip } from '@/app/(app)/report/_components/figure-chip';
import type { FigureSource } from '@/app/(app)/report/_components/figure-requests';
import type { FormAction } from '@/components/forms/use-action-form';
import { segmentsOf } from '@/lib/report/figure-key';
import type { FigureSummary } from '@/lib/report/figure-types';
import { type Override, paragraphsOf } from '@/lib/report/render';

export type FigureContext = {
  reportId: number;
  source: FigureSource;
  figures: ReadonlyMap<string, FigureSummary>;
  overrides: ReadonlyMap<string, Override>;
  overrideAction?: FormAction;
  restoreAction?: FormAction;
};

/** A section's body as the report reads: paragraphs indented, figures live. */
export function RichParagraphs({
  body,
  context,
  emptyText,
}: {
  body: string;
  context: FigureContext;
  emptyText?: string;
}) {
  const paragraphs = paragraphsOf(body);
  if (paragraphs.length === 0) return emptyText ? <p className="text-sm text-stone-400">{emptyText}</p> : null;
  return (
    <div className="space-y-2 font-serif text-[15px] leading-8 text-stone-900">
      {paragraphs.map((paragraph, i) => (
        <p key={i} className="relative indent-[2em]">
          {segmentsOf(paragraph).map((segment, j) =>
            segment.kind === 'text' ? (
              <span key={j}>{segment.text}</span>
            ) : (
              <FigureChip
                key={j}
                figureKey={segment.key}
                result={context.figures.get(segment.key)}
                override={context.overrides.get(segment.key)}
                reportId={context.reportId}
                source={context.source}
                overrideAction={context.overrideAction}
                restoreAction={context.restoreAction}
              />
            ),
          )}
        </p>
      ))}
    </div>
  );
}
