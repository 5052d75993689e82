'use client';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { type FigureContext, RichParagraphs } from '@/app/(app)/report/_components/rich-paragraphs';
import { SectionHistory } from '@/app/(app)/report/_components/section-history';
import { type SaveStatus, saveStatusLabels, useAutosave } from '@/app/(app)/report/_components/use-autosave';
import { Button } from '@/components/ui/button';
import type { SectionState } from '@/db/report/mutations';
import type { ReportDetail } from '@/db/report/queries';
import type { ActionResult } from '@/lib/actions/result';
import { findPlaceholders } from '@/lib/report/placeholders';

type Section = ReportDetail['sections'][number];
type Draft = { heading: string; body: string };

type Props = {
  section: Section;
  number: string;
  editable: boolean;
  context: FigureContext;
  save: (payload: {
    id: number;
    version: number;
    heading: string;
    body: string;
  }) => Promise<ActionResult<SectionState>>;
  onStatus: (id: number, status: SaveStatus) => void;
  /** Tells the editor the text as it now is, so figures added to it get computed. */
  onBody: (body: string) => void;
  /** Tells the editor where the figure picker should insert. */
  onFocusBody: (insert: (token: string) => void) => void;
  /** Called once an editable section is shown: where a figure goes before any body has been clicked. */
  onEditable: (insert: (token: string) => void) => void;
};

/** One section: heading and body edited in place, saved as the user types, with the report's reading beside it. */
export function SectionEditor({
  section,
  number,
  editable,
  context,
  save,
  onStatus,
  onBody,
  onFocusBody,
  onEditable,
}: Props) {
  const [draft, setDraft] = useState<Draft>({ heading: section.heading, body: section.body });
  const body = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const autosave = useAutosave<Draft, SectionState>({
    scope: `report-section-${section.id}`,
    initialVersion: section.version,
    save: (d, version) => save({ id: section.id, version, ...d }),
  });
  const { status, conflict, change, resolve, rebase } = autosave;

  useEffect(() => onStatus(section.id, status), [onStatus, section.id, status]);
  useEffect(() => {
    if (section.heading === draft.heading && section.body === draft.body) rebase(section.version);
  }, [section.version, section.heading, section.body, draft.heading, draft.body, rebase]);

  // The text as last typed: an insert made later (from the picker) must start from it, not from the
  // text as it was when the body was focused.
  const latest = useRef(draft);
  const touched = useRef(false);
  const update = (next: Draft) => {
    latest.current = next;
    setDraft(next);
    change(next);
    onBody(next.body);
  };
  const insertRef = useRef<(token: string) => void>(() => {});
  insertRef.current = (token: string) => {
    const el = body.current;
    const current = latest.current;
    // The textarea keeps its caret after losing focus: that is where the figure goes; in a body never
    // clicked, at its end.
    const caret = el && touched.current;
    const at = caret ? el.selectionStart : current.body.length;
    const next = {
      ...current,
      body: current.body.slice(0, at) + token + current.body.slice(caret ? el.selectionEnd : at),
    };
    update(next);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + token.length, at + token.length);
    });
  };
  const insert = useCallback((token: string) => insertRef.current(token), []);
  useEffect(() => {
    if (editable) onEditable(insert);
  }, [editable, insert, onEditable]);
  const placeholders = findPlaceholders(draft.body);

  return (
    <section aria-labelledby={headingId} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-stone-200">
      <header className="mb-3 flex flex-wrap items-center gap-2">
        <h2
          id={headingId}
          className={section.level === 1 ? 'font-semibold text-stone-900' : 'font-medium text-stone-800'}
        >
          <span className="mr-1">{number}</span>
          {draft.heading}
        </h2>
        {section.assigneeName && <span className="text-xs text-stone-500">撰写：{section.assigneeName}</span>}
        {editable && <SaveBadge status={status} />}
      </header>

      {conflict && (
        <div role="alert" className="mb-3 rounded-md bg-red-50 p-3 text-sm ring-1 ring-red-200">
          <p className="font-medium text-red-800">这一部分已被他人修改，您的修改尚未保存。请对照两个版本后选择：</p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <div>
              <p className="mb-1 text-xs text-stone-600">您的版本（可在左侧继续编辑）</p>
              {/* biome-ignore lint/a11y/useSemanticElements: a <section> cannot keep the text's line breaks as <pre> does. */}
              <pre
                role="region"
                aria-label="您的版本"
                className="max-h-48 overflow-auto rounded bg-white p-2 text-xs whitespace-pre-wrap ring-1 ring-stone-200"
              >
                {draft.body}
              </pre>
            </div>
            <div>
              <p className="mb-1 text-xs text-stone-600">
                对方保存的版本（{conflict.updatedAt.slice(0, 16).replace('T', ' ')}）
              </p>
              {/* biome-ignore lint/a11y/useSemanticElements: as above. */}
              <pre
                role="region"
                aria-label="对方的版本"
                className="max-h-48 overflow-auto rounded bg-white p-2 text-xs whitespace-pre-wrap ring-1 ring-stone-200"
              >
                {conflict.body}
              </pre>
            </div>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => resolve(draft)}>
              保留我的版本
            </Button>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => {
                latest.current = { heading: conflict.heading, body: conflict.body };
                setDraft(latest.current);
                onBody(conflict.body);
                resolve(null);
              }}
            >
              采用对方的版本
            </Button>
          </div>
        </div>
      )}

      <div className={editable ? 'grid gap-4 lg:grid-cols-2' : ''}>
        {editable && (
          <div className="space-y-2">
            <label className="block text-xs text-stone-600">
              标题
              <input
                value={draft.heading}
                onChange={(e) => update({ ...draft, heading: e.target.value })}
                className="mt-0.5 block w-full rounded-md px-2 py-1.5 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
              />
            </label>
            <label className="block text-xs text-stone-600">
              正文（每段一行；数字用“插入数字”加入）
              <textarea
                ref={body}
                value={draft.body}
                rows={Math.min(16, Math.max(4, draft.body.split('\n').length * 2))}
                onFocus={() => {
                  touched.current = true;
                  onFocusBody(insert);
                }}
                onChange={(e) => update({ ...draft, body: e.target.value })}
                className="mt-0.5 block w-full rounded-md px-2 py-1.5 font-mono text-[13px] leading-6 ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
              />
            </label>
            <SectionHistory
              sectionId={section.id}
              current={draft}
              onRestore={(revision) => update({ heading: revision.heading, body: revision.body })}
            />
            {placeholders.length > 0 && (
              <p className="text-xs text-amber-800">
                有 {placeholders.length} 处待填写的占位（{placeholders.map((p) => p.match).join('、')}），导出时会提醒。
              </p>
            )}
          </div>
        )}
        <section aria-label={`${number}${draft.heading} 预览`} className={editable ? 'rounded-md bg-stone-50 p-3' : ''}>
          <RichParagraphs body={draft.body} context={context} emptyText={editable ? '（尚无正文）' : undefined} />
        </section>
      </div>
    </section>
  );
}

export function SaveBadge({ status }: { status: SaveStatus }) {
  const tone: Record<SaveStatus, string> = {
    saved: 'text-emerald-700',
    pending: 'text-stone-500',
    saving: 'text-sky-700',
    conflict: 'font-semibold text-red-700',
    error: 'font-semibold text-red-700',
  };
  return <span className={`ml-auto text-xs ${tone[status]}`}>{saveStatusLabels[status]}</span>;
}
