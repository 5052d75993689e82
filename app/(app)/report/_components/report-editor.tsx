'use client';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FigurePicker, type PickerEntry } from '@/app/(app)/report/_components/figure-picker';
import { fetchFigureSummaries } from '@/app/(app)/report/_components/figure-requests';
import type { FigureContext } from '@/app/(app)/report/_components/rich-paragraphs';
import { SectionEditor } from '@/app/(app)/report/_components/section-editor';
import { type SaveStatus, saveStatusLabels } from '@/app/(app)/report/_components/use-autosave';
import type { FormAction } from '@/components/forms/use-action-form';
import type { SectionState } from '@/db/report/mutations';
import type { ReportDetail } from '@/db/report/queries';
import type { ActionResult } from '@/lib/actions/result';
import { figureKeysIn } from '@/lib/report/figure-key';
import type { FigureSummary } from '@/lib/report/figure-types';
import { sectionNumbers } from '@/lib/report/render';

type Props = {
  report: ReportDetail;
  /** Figures of the text as loaded, computed on the server. */
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
  /** Secretary's tools under each section (move, level, assign, remove). */
  toolbars?: Record<number, React.ReactNode>;
};

/** The year's report, section by section, with one save state for the whole text always in view. */
export function ReportEditor({
  report,
  initialFigures,
  catalogue,
  editableIds,
  save,
  overrideAction,
  restoreAction,
  toolbars,
}: Props) {
  const [statuses, setStatuses] = useState<Record<number, SaveStatus>>({});
  const [bodies, setBodies] = useState<Record<number, string>>(() =>
    Object.fromEntries(report.sections.map((s) => [s.id, s.body])),
  );
  // Where 插入数字 puts a figure: the body last focused, else the first editable section's.
  const insertAt = useRef<((token: string) => void) | null>(null);
  const focused = useRef(false);
  const onEditable = useCallback((insert: (token: string) => void) => {
    if (!focused.current && !insertAt.current) insertAt.current = insert;
  }, []);

  const keys = useMemo(() => figureKeysIn(Object.values(bodies)).sort(), [bodies]);
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
  const figures = useMemo(() => new Map([...initialFigures, ...(fetched ?? [])]), [initialFigures, fetched]);
  const context: FigureContext = {
    reportId: report.id,
    source: { year: report.year },
    figures,
    overrides: new Map(report.overrides.map((o) => [o.figureKey, o])),
    overrideAction,
    restoreAction,
  };

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

  const numbers = sectionNumbers(report.sections.map((s) => s.level));
  const anyEditable = editableIds.length > 0;

  return (
    <div className="space-y-4">
      {anyEditable && (
        <div className="sticky top-14 z-10 -mx-1 lg:top-0 flex flex-wrap items-center gap-3 rounded-md bg-white/95 px-3 py-2 shadow-sm ring-1 ring-stone-200 backdrop-blur">
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
          <span className="text-xs text-stone-500">修改会自动保存；每次保存都留有版本。</span>
          <span className="ml-auto">
            <FigurePicker
              entries={catalogue}
              source={{ year: report.year }}
              onPick={(token) => insertAt.current?.(token)}
            />
          </span>
        </div>
      )}
      {report.sections.map((section, i) => (
        <div key={section.id} className={section.level === 2 ? 'sm:ml-4' : ''}>
          <SectionEditor
            section={section}
            number={numbers[i]}
            editable={editableIds.includes(section.id)}
            context={context}
            save={(payload) => save(null, payload)}
            onStatus={onStatus}
            onBody={(body) => setBodies((all) => (all[section.id] === body ? all : { ...all, [section.id]: body }))}
            onFocusBody={(insert) => {
              insertAt.current = insert;
              focused.current = true;
            }}
            onEditable={onEditable}
          />
          {toolbars?.[section.id]}
        </div>
      ))}
    </div>
  );
}
