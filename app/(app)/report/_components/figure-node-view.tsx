'use client';
import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { EditorChip } from '@/app/(app)/report/_components/figure-chip';
import { useEditorFigures } from '@/app/(app)/report/_components/figure-context';
import { keyOfToken } from '@/lib/report/figure-key';

/** A figure node of a text being edited: the caret reaches it with the arrow keys, not Tab. */
export function FigureNodeView({ node }: ReactNodeViewProps) {
  const view = useEditorFigures();
  return (
    <NodeViewWrapper as="span">
      <EditorChip figureKey={keyOfToken(String(node.attrs.token))} view={view} focusable={false} />
    </NodeViewWrapper>
  );
}
