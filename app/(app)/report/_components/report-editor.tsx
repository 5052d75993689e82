'use client';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { ExportLinks } from '@/app/(app)/report/_components/export-links';
import { chipLook, detailsPanelClass, FigureDetails } from '@/app/(app)/report/_components/figure-chip';
import { EditorFigures, type FigureView, type OpenFigure } from '@/app/(app)/report/_components/figure-context';
import { FigurePicker, type PickerEntry } from '@/app/(app)/report/_components/figure-picker';
import { fetchFigureSummaries } from '@/app/(app)/report/_components/figure-requests';
import { FindingsList } from '@/app/(app)/report/_components/findings-list';
import { type Assignable, ReportOutline } from '@/app/(app)/report/_components/report-outline';
import { SectionEditor, type SectionHandle } from '@/app/(app)/report/_components/section-editor';
import { SubmitReport } from '@/app/(app)/report/_components/submit-report';
import { type SaveStatus, saveStatusLabels } from '@/app/(app)/report/_components/use-autosave';
import type { FormAction } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import type { SectionState } from '@/db/report/mutations';
import type { ReportDetail } from '@/db/report/queries';
import type { ActionResult } from '@/lib/actions/result';
import { checkedFigureKeys, type Finding, findingsSummary, reportChecks } from '@/lib/report/checks';
import { keyOfToken } from '@/lib/report/figure-key';
import type { FigureSummary } from '@/lib/report/figure-types';
import { sectionNumbers } from '@/lib/report/render';

type Draft = { heading: string; body: string };

type Props = {
  report: ReportDetail;
  /** Figures of the text as loaded (and next year's plan), computed on the server. */
  initialFigures: [string, FigureSummary][];
  catalogue: PickerEntry[];
  /** Section ids the user may edit (all for the secretary, the assigned ones for a committee member). */
  editableIds: number[];
  save: (
    state: null,
    payload: { id: number; version: number; heading: string; body: string },
  ) => Promise<ActionResult<SectionState>>;
  overrideAction?: FormAction;
  restoreAction?: FormAction;
  /** The secretary's: structure tools in the outline, and submitting to the organisation above (`submitTo`, 党工委 …). */
  secretary?: { assignable: Assignable[]; submitTo: string };
  /** The title and the opening paragraph (each its own form, the secretary's). */
  title: ReactNode;
  preamble: ReactNode;
};

/** Where the picker puts a figure: the text the caret was last in, and whether “/” asked for it. */
type Target = { sectionId: number; part: 'heading' | 'body'; slash: boolean };

/**
 * The year's report as one document, as it will print: headings and paragraphs edited in place,
 * figures as chips, an outline beside it, the save state and the checks always in view.
 */
export function ReportEditor({
  report,
  initialFigures,
  catalogue,
  editableIds,
  save,
  overrideAction,
  restoreAction,
  secretary,
  title,
  preamble,
}: Props) {
  const [statuses, setStatuses] = useState<Record<number, SaveStatus>>({});
  const [texts, setTexts] = useState<Record<number, Draft>>(() =>
    Object.fromEntries(report.sections.map((s) => [s.id, { heading: s.heading, body: s.body }])),
  );
  const [opened, setOpened] = useState<OpenFigure | null>(null);
  const [picker, setPicker] = useState(false);
  const [current, setCurrent] = useState<number | null>(null);
  const [checksOpen, setChecksOpen] = useState(false);
  // On a phone the outline folds away above the document.
  const [outlineShown, setOutlineShown] = useState(false);
  const target = useRef<Target | null>(null);
  const sections = useRef(new Map<number, SectionHandle | null>());

  // Typing reaches the figures, the checks and the outline once it pauses, not on every keystroke.
  const pendingTexts = useRef<Record<number, Draft>>({});
  const flushTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const onText = useCallback((id: number, draft: Draft) => {
    pendingTexts.current[id] = draft;
    clearTimeout(flushTimer.current ?? undefined);
    flushTimer.current = setTimeout(() => {
      flushTimer.current = null;
      const changed = pendingTexts.current;
      pendingTexts.current = {};
      setTexts((all) => ({ ...all, ...changed }));
    }, 400);
  }, []);
  useEffect(() => () => clearTimeout(flushTimer.current ?? undefined), []);

  const keys = useMemo(() => checkedFigureKeys(report.preamble, Object.values(texts)).sort(), [texts, report.preamble]);
  const initialKeys = useMemo(
    () =>
      initialFigures
        .map(([k]) => k)
        .sort()
        .join('\n'),
    [initialFigures],
  );
  const { data: fetched } = useQuery({
    queryKey: ['report-figures', report.year, keys],
    queryFn: () => fetchFigureSummaries({ year: report.year }, keys),
    initialData: keys.join('\n') === initialKeys ? initialFigures : undefined,
    placeholderData: (previous) => previous,
  });
  const figureMap = useMemo(() => new Map([...initialFigures, ...(fetched ?? [])]), [initialFigures, fetched]);
  const overrides = useMemo(() => new Map(report.overrides.map((o) => [o.figureKey, o])), [report.overrides]);
  const view: FigureView = useMemo(
    () => ({
      reportId: report.id,
      source: { year: report.year },
      figures: figureMap,
      overrides,
      overrideAction,
      restoreAction,
    }),
    [report.id, report.year, figureMap, overrides, overrideAction, restoreAction],
  );
  const editorView = useMemo(() => ({ ...view, opened, open: setOpened }), [view, opened]);

  const numbers = sectionNumbers(report.sections);
  const locked = report.status === 'submitted';
  // A submitted report is the working committee's to read: nothing is left to check before sending it.
  const findings = useMemo(
    () =>
      locked
        ? []
        : reportChecks({
            year: report.year,
            preamble: report.preamble,
            sections: report.sections.map((s, i) => {
              const text = texts[s.id] ?? s;
              return {
                id: s.id,
                number: numbers[i],
                level: s.level,
                heading: text.heading,
                body: text.body,
                assigneeName: s.assigneeName,
                carriedOver: s.carriedOver && text.heading === s.heading && text.body === s.body,
              };
            }),
            figures: figureMap,
            overrides: report.overrides,
          }),
    [locked, report, texts, figureMap, numbers],
  );

  const onStatus = useCallback(
    (id: number, status: SaveStatus) => setStatuses((all) => (all[id] === status ? all : { ...all, [id]: status })),
    [],
  );
  const overall: SaveStatus =
    (['conflict', 'error', 'saving', 'pending'] as const).find((s) => Object.values(statuses).includes(s)) ?? 'saved';
  useEffect(() => {
    if (overall === 'saved') return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [overall]);

  // Stable callbacks: a section re-renders when its own text or state changes, not when another's does.
  const saveSection = useCallback(
    (payload: { id: number; version: number; heading: string; body: string }) => save(null, payload),
    [save],
  );
  const openFigure = useCallback((token: string, chip: HTMLElement) => setOpened({ key: keyOfToken(token), chip }), []);
  const handles = useRef(new Map<number, (handle: SectionHandle | null) => void>());
  const handleOf = (id: number) => {
    let handle = handles.current.get(id);
    if (!handle) {
      handle = (h) => {
        sections.current.set(id, h);
      };
      handles.current.set(id, handle);
    }
    return handle;
  };
  const onFocusText = useCallback((sectionId: number, part: 'heading' | 'body') => {
    target.current = { sectionId, part, slash: false };
    setCurrent(sectionId);
  }, []);
  const onSlash = useCallback((sectionId: number, part: 'heading' | 'body') => {
    target.current = { sectionId, part, slash: true };
    setPicker(true);
  }, []);
  const insert = (key: string) => {
    setPicker(false);
    // Never clicked into any text: the end of the first section this user may write.
    const into = target.current ?? (editableIds[0] ? { sectionId: editableIds[0], part: 'body', slash: false } : null);
    if (!into) return;
    const handle = sections.current.get(into.sectionId);
    const editor = into.part === 'heading' ? handle?.heading : handle?.body;
    if (!target.current) editor?.focus('end');
    editor?.insertFigure(key, { afterSlash: into.slash });
    target.current = { ...into, slash: false };
  };
  const jump = (finding: Finding) => {
    if (finding.sectionId) {
      setCurrent(finding.sectionId);
      requestAnimationFrame(() => sections.current.get(finding.sectionId as number)?.body?.focus('end'));
    }
  };

  const anyEditable = editableIds.length > 0;
  const problemsBySection = new Map<number, number>();
  for (const f of findings)
    if (f.sectionId) problemsBySection.set(f.sectionId, (problemsBySection.get(f.sectionId) ?? 0) + 1);

  return (
    <EditorFigures.Provider value={editorView}>
      <div
        role="toolbar"
        aria-label="报告工具"
        className="sticky top-14 z-20 -mx-1 mb-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md bg-white px-3 py-2 shadow-sm ring-1 ring-stone-200 lg:top-0"
      >
        {anyEditable && (
          <span
            role="status"
            aria-label="保存状态"
            className={
              overall === 'conflict' || overall === 'error'
                ? 'font-semibold text-red-700'
                : overall === 'saved'
                  ? 'text-emerald-700'
                  : 'text-sky-700'
            }
          >
            {saveStatusLabels[overall]}
          </span>
        )}
        {anyEditable && (
          <Button variant="secondary" size="sm" onClick={() => setPicker(true)}>
            插入数字
          </Button>
        )}
        {!locked && (
          <button
            type="button"
            onClick={() => {
              setChecksOpen(true);
              document.getElementById('report-checks')?.scrollIntoView({ block: 'start' });
            }}
            className={`text-sm ${findings.length ? 'font-medium text-amber-800' : 'text-emerald-700'} hover:underline`}
          >
            {findings.length ? `待检查 ${findings.length} 处` : '检查未发现问题'}
          </button>
        )}
        <span className="ml-auto flex flex-wrap gap-2">
          <ExportLinks year={report.year} findings={findings} />
          {secretary && !locked && (
            <SubmitReport
              reportId={report.id}
              version={report.version}
              findings={findings}
              unsaved={overall !== 'saved'}
              to={secretary.submitTo}
            />
          )}
        </span>
      </div>

      <div className="grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <aside className="lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:self-start lg:overflow-y-auto">
          <button
            type="button"
            aria-expanded={outlineShown}
            onClick={() => setOutlineShown((shown) => !shown)}
            className="min-h-11 w-full rounded-md bg-white px-3 text-left font-sans text-sm font-medium text-stone-700 ring-1 ring-stone-200 lg:hidden"
          >
            {outlineShown ? '收起目录' : '目录'}
          </button>
          <div className={`${outlineShown ? 'mt-2' : 'hidden'} lg:block`}>
            <ReportOutline
              reportId={report.id}
              entries={report.sections.map((s, i) => ({
                id: s.id,
                version: s.version,
                level: s.level,
                numbered: s.numbered,
                assigneeId: s.assigneeId,
                number: numbers[i],
                heading: texts[s.id]?.heading ?? s.heading,
                problems: problemsBySection.get(s.id) ?? 0,
              }))}
              current={current}
              onPick={setCurrent}
              structure={secretary && !locked ? secretary : undefined}
            />
          </div>
        </aside>

        <div className="min-w-0 space-y-4">
          {!locked && (
            <section
              id="report-checks"
              aria-label="提交前检查"
              className="scroll-mt-32 rounded-md bg-white p-3 font-sans ring-1 ring-stone-200"
            >
              {findings.length > 0 ? (
                <details open={checksOpen} onToggle={(event) => setChecksOpen(event.currentTarget.open)}>
                  <summary className="cursor-pointer text-sm">
                    <h2 className="inline font-semibold text-stone-800">提交前检查：{findings.length} 处需要看一看</h2>
                    <span className="ml-2 text-xs text-stone-600">{findingsSummary(findings)}</span>
                  </summary>
                  <div className="mt-2 max-h-72 overflow-y-auto pr-1">
                    <FindingsList findings={findings} onJump={jump} />
                  </div>
                </details>
              ) : (
                <h2 className="text-sm font-semibold text-emerald-800">提交前检查：未发现问题</h2>
              )}
            </section>
          )}
          <article id="report-document" aria-label={report.title} className={documentLook.paper}>
            {title}
            {preamble}
            {report.sections.map((section, i) => (
              <SectionEditor
                key={section.id}
                section={section}
                number={numbers[i]}
                editable={editableIds.includes(section.id)}
                figures={view}
                save={saveSection}
                onStatus={onStatus}
                onText={onText}
                onFocusText={onFocusText}
                onSlash={onSlash}
                onOpenFigure={openFigure}
                handle={handleOf(section.id)}
              />
            ))}
          </article>
        </div>
      </div>

      <FigurePicker
        entries={catalogue}
        source={{ year: report.year }}
        open={picker}
        onClose={() => setPicker(false)}
        onPick={insert}
      />
      {opened && <FigurePopover opened={opened} view={view} onClose={() => setOpened(null)} />}
    </EditorFigures.Provider>
  );
}

/** The records of the figure opened in the text: under it on a wide screen, a sheet at the bottom on a phone. */
function FigurePopover({ opened, view, onClose }: { opened: OpenFigure; view: FigureView; onClose: () => void }) {
  const panel = useRef<HTMLDivElement>(null);
  const [place] = useState(() => {
    const rect = opened.chip.getBoundingClientRect();
    return { top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left, window.innerWidth - 344)) };
  });
  useEffect(() => {
    panel.current?.focus();
    const close = (event: KeyboardEvent | MouseEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !panel.current?.contains(event.target as Node))
        onClose();
    };
    document.addEventListener('keydown', close);
    document.addEventListener('mousedown', close);
    return () => {
      document.removeEventListener('keydown', close);
      document.removeEventListener('mousedown', close);
    };
  }, [onClose]);
  const result = view.figures.get(opened.key);
  const override = view.overrides.get(opened.key);
  return (
    <div
      ref={panel}
      role="dialog"
      tabIndex={-1}
      aria-label={`${chipLook(result, override).label || opened.key} 的来源`}
      className={`${detailsPanelClass} sm:inset-x-auto sm:bottom-auto sm:w-80`}
      style={window.innerWidth >= 640 ? { top: place.top, left: place.left } : undefined}
    >
      <FigureDetails
        figureKey={opened.key}
        result={result}
        override={override}
        reportId={view.reportId}
        source={view.source}
        overrideAction={view.overrideAction}
        restoreAction={view.restoreAction}
        onClose={onClose}
      />
    </div>
  );
}
