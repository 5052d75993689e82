'use client';
import { useContext } from 'react';
import { EditorChip, FigureChip } from '@/app/(app)/report/_components/figure-chip';
import { EditorFigures, type FigureView } from '@/app/(app)/report/_components/figure-context';
import { segmentsOf } from '@/lib/report/figure-key';
import { paragraphsOf } from '@/lib/report/render';

/**
 * One line of the report (a paragraph or a heading) with its figures live. Inside the editor a figure
 * opens the editor's one records panel; elsewhere its own, under its line.
 */
export function RichLine({ text, figures }: { text: string; figures: FigureView }) {
  const editor = useContext(EditorFigures);
  return segmentsOf(text).map((segment, j) =>
    segment.kind === 'text' ? (
      <span key={j}>{segment.text}</span>
    ) : editor ? (
      <EditorChip key={j} figureKey={segment.key} view={editor} focusable />
    ) : (
      <FigureChip
        key={j}
        figureKey={segment.key}
        result={figures.figures.get(segment.key)}
        override={figures.overrides.get(segment.key)}
        reportId={figures.reportId}
        source={figures.source}
        overrideAction={figures.overrideAction}
        restoreAction={figures.restoreAction}
      />
    ),
  );
}

/**
 * A text's paragraphs as the report reads them, figures live; the look (face, indent) comes from the
 * element around them. `keepEmpty` keeps blank lines, as the editor shows them before it starts.
 */
export function RichParagraphs({
  body,
  figures,
  keepEmpty = false,
}: {
  body: string;
  figures: FigureView;
  keepEmpty?: boolean;
}) {
  const paragraphs = keepEmpty ? body.split('\n') : paragraphsOf(body);
  return paragraphs.map((paragraph, i) => (
    <p key={i} className="relative">
      {paragraph ? <RichLine text={paragraph} figures={figures} /> : <br />}
    </p>
  ));
}
