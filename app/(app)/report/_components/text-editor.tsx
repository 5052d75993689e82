'use client';
import { NodeSelection } from '@tiptap/pm/state';
import { EditorContent, ReactNodeViewRenderer, useEditor } from '@tiptap/react';
import { type ReactNode, type Ref, useImperativeHandle, useRef } from 'react';
import { FigureNodeView } from '@/app/(app)/report/_components/figure-node-view';
import { documentOf, textOf } from '@/lib/report/document';
import { bodyExtensions, FigureNode, headingExtensions } from '@/lib/report/editor-schema';

/** What the report editor can do to one text from outside it: the picker's insert, a restore, a conflict's resolution. */
export type TextEditorHandle = {
  /** Puts a figure at the caret (or over the selection); `afterSlash` also removes the “/” typed to ask for it. */
  insertFigure(token: string, options?: { afterSlash?: boolean }): void;
  /** Replaces the whole text (a restored version, the other person's version), without a save. */
  setText(text: string): void;
  focus(position?: 'start' | 'end'): void;
};

const WithChips = FigureNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(FigureNodeView, { as: 'span' });
  },
});
const extensionsOf = {
  body: [...bodyExtensions.filter((e) => e !== FigureNode), WithChips],
  heading: [...headingExtensions.filter((e) => e !== FigureNode), WithChips],
};

type Props = {
  text: string;
  kind: 'body' | 'heading';
  label: string;
  /** Classes of the editable element: the document's look of a heading or of paragraphs. */
  className: string;
  /** Shown until the editor has started (and on the server): the same text, drawn the same way. */
  fallback: ReactNode;
  placeholder?: string;
  handle?: Ref<TextEditorHandle>;
  onChange: (text: string) => void;
  onFocus?: () => void;
  /** The user typed “/”: open the figure picker. */
  onSlash?: () => void;
  /** A heading's Enter: go on in the body. */
  onEnter?: () => void;
  /** Enter on a selected figure: open its records. */
  onOpenFigure?: (token: string, chip: HTMLElement) => void;
};

/**
 * One text of the report (a heading or a section's paragraphs) as a ProseMirror editor: words typed in
 * place, figures as atomic chips that the caret steps over and Backspace removes whole. The text it
 * reports is the stored form (lines with `{{…}}` tokens), so autosave, versions and the .docx see no change.
 */
export function TextEditor({
  text,
  kind,
  label,
  className,
  fallback,
  placeholder,
  handle,
  onChange,
  onFocus,
  onSlash,
  onEnter,
  onOpenFigure,
}: Props) {
  // The callbacks change with every render of the section; the editor is made once and reads the latest.
  const latest = useRef({ onChange, onFocus, onSlash, onEnter, onOpenFigure });
  latest.current = { onChange, onFocus, onSlash, onEnter, onOpenFigure };

  const editor = useEditor({
    extensions: extensionsOf[kind],
    content: documentOf(text),
    immediatelyRender: false,
    shouldRerenderOnTransaction: false,
    injectCSS: false,
    editorProps: {
      attributes: {
        class: className,
        role: 'textbox',
        'aria-label': label,
        'aria-multiline': kind === 'body' ? 'true' : 'false',
        ...(placeholder ? { 'aria-placeholder': placeholder } : {}),
      },
      handleTextInput: (_view, _from, _to, typed) => {
        if (typed === '/') setTimeout(() => latest.current.onSlash?.());
        return false;
      },
      handleKeyDown: (view, event) => {
        if (event.key !== 'Enter') return false;
        const { selection } = view.state;
        if (selection instanceof NodeSelection && selection.node.type.name === 'figure') {
          const chip = view.nodeDOM(selection.from);
          if (chip instanceof HTMLElement) latest.current.onOpenFigure?.(String(selection.node.attrs.token), chip);
          return true;
        }
        if (kind === 'heading') {
          latest.current.onEnter?.();
          return true;
        }
        return false;
      },
    },
    onUpdate: ({ editor: e }) => latest.current.onChange(textOf(e.getJSON())),
    onFocus: () => latest.current.onFocus?.(),
  });

  useImperativeHandle(
    handle,
    () => ({
      insertFigure(token, options) {
        if (!editor) return;
        const { from, to, empty } = editor.state.selection;
        const slash = options?.afterSlash && empty && editor.state.doc.textBetween(from - 1, from) === '/';
        editor
          .chain()
          .focus()
          .insertContentAt({ from: slash ? from - 1 : from, to }, { type: 'figure', attrs: { token } })
          .run();
      },
      setText(next) {
        editor?.commands.setContent(documentOf(next), { emitUpdate: false });
      },
      focus(position = 'end') {
        editor?.commands.focus(position);
      },
    }),
    [editor],
  );

  if (!editor) return fallback;
  return <EditorContent editor={editor} />;
}
