'use client';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { ChipFace } from '@/app/(app)/report/_components/figure-chip';
import { useEditorFigures } from '@/app/(app)/report/_components/figure-context';
import { keyOfToken } from '@/lib/report/figure-key';

/** A figure node in the editor: its chip, live with the report's figures; it opens the one records panel. */
export function FigureNodeView({ node }: ReactNodeViewProps) {
  const figures = useEditorFigures();
  const key = keyOfToken(String(node.attrs.token));
  return (
    <NodeViewWrapper as="span">
      <ChipFace
        figureKey={key}
        result={figures.figures.get(key)}
        override={figures.overrides.get(key)}
        expanded={figures.opened?.key === key}
        focusable={false}
        onOpen={(chip) => figures.open({ key, chip })}
      />
    </NodeViewWrapper>
  );
}
