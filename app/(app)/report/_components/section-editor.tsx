'use client';
import { memo, type Ref, useEffect, useImperativeHandle, useRef, useState } from 'react';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import type { FigureView } from '@/app/(app)/report/_components/figure-context';
import { RichLine, RichParagraphs } from '@/app/(app)/report/_components/rich-paragraphs';
import { SectionHistory } from '@/app/(app)/report/_components/section-history';
import { TextEditor, type TextEditorHandle } from '@/app/(app)/report/_components/text-editor';
import { type SaveStatus, saveStatusLabels, useAutosave } from '@/app/(app)/report/_components/use-autosave';
import { Button } from '@/components/ui/button';
import type { SectionState } from '@/db/report/mutations';
import type { ReportDetail } from '@/db/report/queries';
import type { ActionResult } from '@/lib/actions/result';
import { beijingDateTime } from '@/lib/dates';
import { resolveText } from '@/lib/report/render';

type Section = ReportDetail['sections'][number];
type Draft = { heading: string; body: string };

/** What the report editor reaches in a section: its body, where figures go. */
export type SectionHandle = { body: TextEditorHandle | null; heading: TextEditorHandle | null };

type Props = {
  section: Section;
  number: string;
  editable: boolean;
  figures: FigureView;
  save: (payload: {
    id: number;
    version: number;
    heading: string;
    body: string;
  }) => Promise<ActionResult<SectionState>>;
  onStatus: (id: number, status: SaveStatus) => void;
  /** Tells the editor the text as it now is: its figures get computed, its checks rerun. */
  onText: (id: number, draft: Draft) => void;
  /** The caret is in this section now: the figure picker inserts here. */
  onFocusText: (id: number, part: 'heading' | 'body') => void;
  onSlash: (id: number, part: 'heading' | 'body') => void;
  onOpenFigure: (token: string, chip: HTMLElement) => void;
  handle?: Ref<SectionHandle>;
};

/**
 * One section of the report as it prints: its heading and paragraphs edited in place, saved as the
 * user types (each save a version), with a conflict shown side by side instead of overwritten.
 */
export const SectionEditor = memo(function SectionEditor({
  section,
  number,
  editable,
  figures,
  save,
  onStatus,
  onText,
  onFocusText,
  onSlash,
  onOpenFigure,
  handle,
}: Props) {
  const [draft, setDraft] = useState<Draft>({ heading: section.heading, body: section.body });
  const Heading = section.level === 1 ? 'h3' : 'h4';
  const heading = useRef<TextEditorHandle>(null);
  const body = useRef<TextEditorHandle>(null);
  useImperativeHandle(handle, () => ({
    get body() {
      return body.current;
    },
    get heading() {
      return heading.current;
    },
  }));
  const autosave = useAutosave<Draft, SectionState>({
    scope: `report-section-${section.id}`,
    initialVersion: section.version,
    save: (d, version) => save({ id: section.id, version, ...d }),
  });
  const { status, conflict, change, resolve, rebase } = autosave;

  useEffect(() => onStatus(section.id, status), [onStatus, section.id, status]);
  // The text as last typed, which a change of the other part builds on. What the section shows around
  // the editors (its name, the 沿用 mark, the history's comparison) follows a moment later, so that a
  // keystroke repaints the editor and nothing else until typing pauses.
  const latest = useRef(draft);
  const shown = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearTimeout(shown.current ?? undefined), []);
  useEffect(() => {
    if (section.heading === latest.current.heading && section.body === latest.current.body) rebase(section.version);
  }, [section.version, section.heading, section.body, rebase]);

  const update = (next: Draft) => {
    latest.current = next;
    change(next);
    onText(section.id, next);
    clearTimeout(shown.current ?? undefined);
    shown.current = setTimeout(() => {
      shown.current = null;
      setDraft(latest.current);
    }, 400);
  };
  /** A whole new text from outside the editors (a restored version, the other person's). */
  const replace = (next: Draft) => {
    heading.current?.setText(next.heading);
    body.current?.setText(next.body);
    latest.current = next;
    setDraft(next);
    onText(section.id, next);
  };
  const resolveFigure = (text: string) => resolveText(text, figures.figures, figures.overrides);

  return (
    <section
      id={`section-${section.id}`}
      aria-label={`${number}${draft.heading}`}
      className="scroll-mt-32 [contain:content]"
    >
      <Heading className={`flex items-baseline ${documentLook.heading[section.level]}`}>
        <span className="shrink-0">{number}</span>
        {editable ? (
          <span className="min-w-0 flex-1">
            <TextEditor
              kind="heading"
              text={section.heading}
              label={`${number}标题`}
              className="min-w-0"
              fallback={<RichLine text={draft.heading} figures={figures} />}
              handle={heading}
              onChange={(text) => update({ ...latest.current, heading: text })}
              onFocus={() => onFocusText(section.id, 'heading')}
              onSlash={() => onSlash(section.id, 'heading')}
              onEnter={() => body.current?.focus('start')}
              onOpenFigure={onOpenFigure}
            />
          </span>
        ) : (
          <RichLine text={draft.heading} figures={figures} />
        )}
      </Heading>

      {(editable || section.assigneeName || section.carriedOver) && (
        <div className="mt-0.5 flex flex-wrap items-center gap-x-3 gap-y-1 font-sans text-xs text-stone-500 print:hidden">
          {section.assigneeName && <span>撰写：{section.assigneeName}</span>}
          {section.carriedOver && draft.heading === section.heading && draft.body === section.body && (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">沿用去年，请核改</span>
          )}
          {editable && status !== 'saved' && <SaveBadge status={status} />}
          {editable && (
            <SectionHistory
              sectionId={section.id}
              current={draft}
              figureText={(key) => resolveFigure(`{{${key}}}`)}
              onRestore={(revision) => {
                const next = { heading: revision.heading, body: revision.body };
                replace(next);
                change(next);
              }}
            />
          )}
        </div>
      )}

      {conflict && (
        <div role="alert" className="my-3 rounded-md bg-red-50 p-3 font-sans text-sm ring-1 ring-red-200">
          <p className="font-medium text-red-800">这一部分已被他人修改，您的修改尚未保存。请对照两个版本后选择：</p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <div>
              <p className="mb-1 text-xs text-stone-600">您的版本（可在下方继续编辑）</p>
              {/* biome-ignore lint/a11y/useSemanticElements: a <section> cannot keep the text's line breaks as <pre> does. */}
              <pre
                role="region"
                aria-label="您的版本"
                className="max-h-48 overflow-auto rounded bg-white p-2 font-sans text-xs whitespace-pre-wrap ring-1 ring-stone-200"
              >
                {resolveFigure(draft.body)}
              </pre>
            </div>
            <div>
              <p className="mb-1 text-xs text-stone-600">对方保存的版本（{beijingDateTime(conflict.updatedAt)}）</p>
              {/* biome-ignore lint/a11y/useSemanticElements: as above. */}
              <pre
                role="region"
                aria-label="对方的版本"
                className="max-h-48 overflow-auto rounded bg-white p-2 font-sans text-xs whitespace-pre-wrap ring-1 ring-stone-200"
              >
                {resolveFigure(conflict.body)}
              </pre>
            </div>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => resolve(latest.current)}>
              保留我的版本
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                replace({ heading: conflict.heading, body: conflict.body });
                resolve(null);
              }}
            >
              采用对方的版本
            </Button>
          </div>
        </div>
      )}

      <div className="mt-1">
        {editable ? (
          <TextEditor
            kind="body"
            text={section.body}
            label={`${number}${draft.heading} 正文`}
            className={`${documentLook.paragraph} ${documentLook.body} min-h-8 rounded-sm focus:bg-amber-50/30`}
            fallback={
              <div className={`${documentLook.paragraph} ${documentLook.body} min-h-8`}>
                <RichParagraphs body={draft.body} figures={figures} keepEmpty />
              </div>
            }
            placeholder="在此书写这一部分；输入“/”或点“插入数字”加入数字"
            handle={body}
            onChange={(text) => update({ ...latest.current, body: text })}
            onFocus={() => onFocusText(section.id, 'body')}
            onSlash={() => onSlash(section.id, 'body')}
            onOpenFigure={onOpenFigure}
          />
        ) : (
          <div className={`${documentLook.paragraph} ${documentLook.body}`}>
            <RichParagraphs body={draft.body} figures={figures} />
          </div>
        )}
      </div>
    </section>
  );
});

export function SaveBadge({ status }: { status: SaveStatus }) {
  const tone: Record<SaveStatus, string> = {
    saved: 'text-emerald-700',
    pending: 'text-stone-500',
    saving: 'text-sky-700',
    conflict: 'font-semibold text-red-700',
    error: 'font-semibold text-red-700',
  };
  return <span className={tone[status]}>{saveStatusLabels[status]}</span>;
}
