'use client';
import { useEffect, useState } from 'react';
import type { EditorFigureView } from '@/app/(app)/report/_components/figure-context';
import { type FigureSource, fetchFigureRecords } from '@/app/(app)/report/_components/figure-requests';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { FormAction } from '@/components/forms/use-action-form';
import { type FigureRecord, type FigureSummary, isProblem } from '@/lib/report/figure-types';
import { recordGroups } from '@/lib/report/record-groups';
import type { Override } from '@/lib/report/render';
import { reportQuery } from '@/lib/report/report-ref';

/**
 * The records behind a figure, fetched when its chip is opened (and again when its value changes):
 * a report has a hundred figures and is read far more often than its sources are opened. Plain state
 * rather than React Query, whose client the read-only report (the reviewer's page) does not load.
 * `records` is `undefined` while loading, `null` when the request failed (`retry` asks again) and
 * 'hidden' when the reader may see the value but not the records.
 */
function useFigureRecords(source: FigureSource, figureKey: string, value: string | null) {
  const wanted = value === null ? null : `${source.year}|${reportQuery(source.ref)}|${figureKey}|${value}`;
  const [loaded, setLoaded] = useState<{ for: string; records: FigureRecord[] | 'hidden' | null }>();
  const { year } = source;
  // Primitives, not the ref object: a parent that builds its view anew each render must not restart the request.
  const refKind = source.ref?.kind;
  const refId = source.ref?.id;
  useEffect(() => {
    if (wanted === null || loaded?.for === wanted) return;
    let current = true;
    const ref = refKind && refId !== undefined ? { kind: refKind, id: refId } : undefined;
    fetchFigureRecords({ year, ref }, figureKey).then(
      (records) => current && setLoaded({ for: wanted, records }),
      () => current && setLoaded({ for: wanted, records: null }),
    );
    return () => {
      current = false;
    };
  }, [wanted, loaded, year, refKind, refId, figureKey]);
  return { records: loaded && loaded.for === wanted ? loaded.records : undefined, retry: () => setLoaded(undefined) };
}

/** How a figure is drawn: its value, amber when set by hand, dashed when it is 0, red when it is invalid. */
export function chipLook(result: FigureSummary | undefined, override: Override | undefined) {
  const problem = !result ? '正在计算…' : isProblem(result) ? result.problem : null;
  const text = override?.text ?? (result && !isProblem(result) ? result.text : '?');
  const zero = !override && !!result && !isProblem(result) && result.value === 0;
  const label = result && !isProblem(result) ? result.label : '';
  const tone =
    problem && result
      ? 'bg-red-50 text-red-800 ring-red-300'
      : override
        ? 'bg-amber-50 text-amber-900 ring-amber-400 underline decoration-dotted'
        : zero
          ? 'bg-amber-50 text-amber-900 ring-0 outline-1 outline-dashed outline-amber-600'
          : 'bg-sky-50 text-sky-900 ring-sky-300';
  const note = override ? '（手动修改）' : zero ? '（为0，请核实）' : problem && result ? '（无效）' : '';
  return { problem, text, label, tone, note };
}

type FaceProps = {
  figureKey: string;
  result: FigureSummary | undefined;
  override: Override | undefined;
  expanded: boolean;
  /** Off inside the editor: there the caret reaches a figure with the arrow keys, and Enter opens it. */
  focusable?: boolean;
  onOpen: (chip: HTMLElement) => void;
};

/** The figure as it stands in a line of text: a button showing its value, which opens its records. */
export function ChipFace({ figureKey, result, override, expanded, focusable = true, onOpen }: FaceProps) {
  const { text, label, tone, note } = chipLook(result, override);
  return (
    // A span, not a <button>: a button is laid out as a block, so a long list could not wrap with the text.
    // biome-ignore lint/a11y/useSemanticElements: see above.
    <span
      role="button"
      tabIndex={focusable ? 0 : -1}
      data-chip=""
      aria-expanded={expanded}
      aria-label={`数字 ${label || figureKey}：${text}${note}`}
      onClick={(event) => onOpen(event.currentTarget)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onOpen(event.currentTarget);
      }}
      className={`mx-0.5 cursor-pointer rounded px-1 indent-0 font-semibold ring-1 [box-decoration-break:clone] focus-visible:outline-2 focus-visible:outline-brand-600 ${tone}`}
    >
      {text}
    </span>
  );
}

type DetailsProps = {
  figureKey: string;
  result: FigureSummary | undefined;
  override: Override | undefined;
  reportId: number;
  source: FigureSource;
  /** Absent when the report is read only. */
  overrideAction?: FormAction;
  restoreAction?: FormAction;
  onClose: () => void;
};

/** A figure in the editor's document: its chip, live with the report's figures; it opens the one records panel. */
export function EditorChip({
  figureKey,
  view,
  focusable,
}: {
  figureKey: string;
  view: EditorFigureView;
  focusable: boolean;
}) {
  return (
    <ChipFace
      figureKey={figureKey}
      result={view.figures.get(figureKey)}
      override={view.overrides.get(figureKey)}
      expanded={view.opened?.key === figureKey}
      focusable={focusable}
      onOpen={(chip) => view.open({ key: figureKey, chip })}
    />
  );
}

/** What opens from a figure: how it was computed, the records behind it, and setting it by hand. */
export function FigureDetails({
  figureKey,
  result,
  override,
  reportId,
  source,
  overrideAction,
  restoreAction,
  onClose,
}: DetailsProps) {
  const { records, retry } = useFigureRecords(source, figureKey, result && !isProblem(result) ? result.text : null);
  const { problem, label } = chipLook(result, override);
  return (
    <>
      <span className="mb-2 flex items-start justify-between gap-2">
        <strong className="font-semibold">{label || figureKey}</strong>
        <button type="button" onClick={onClose} className="text-stone-500 hover:text-stone-900">
          关闭
        </button>
      </span>
      {problem && <span className="block text-red-700">{problem}</span>}
      {result && !isProblem(result) && (
        <>
          <span className="block text-stone-600">
            按记录计算：{result.text}
            {override && `；手动改为 ${override.text}（原因：${override.reason}）`}
          </span>
          <span className="mt-2 block max-h-56 overflow-y-auto">
            {records === undefined ? (
              <span className="text-stone-500">正在加载来源记录…</span>
            ) : records === null ? (
              <span className="text-red-700">
                来源记录加载失败。
                <button type="button" onClick={retry} className="ml-1 text-brand-700 hover:underline">
                  重试
                </button>
              </span>
            ) : records === 'hidden' ? (
              <span className="text-stone-600">这些记录仅支部委员会可查看，这里只显示数字。</span>
            ) : records.length === 0 ? (
              <span className="text-stone-500">没有相关记录。</span>
            ) : (
              recordGroups(records).map((group) => (
                <span key={group.branchId ?? 0} className="block">
                  {group.branch && (
                    <span className="mt-1 block font-medium text-stone-800">
                      {group.branch}（{group.records.length}条）
                    </span>
                  )}
                  <ol
                    className="list-decimal space-y-0.5 pl-5"
                    aria-label={group.branch ? `${group.branch}的来源记录` : '来源记录'}
                  >
                    {group.records.map((r) => (
                      <li key={`${r.id}-${r.title}`}>
                        {r.href ? (
                          <a href={r.href} className="text-brand-700 hover:underline">
                            {r.title}
                          </a>
                        ) : (
                          r.title
                        )}
                        {r.date && <span className="ml-1 text-xs text-stone-500">{r.date}</span>}
                      </li>
                    ))}
                  </ol>
                </span>
              ))
            )}
          </span>
        </>
      )}
      {overrideAction && !override && (
        <details className="mt-3">
          <summary className="cursor-pointer text-brand-700">手动修改这个数字</summary>
          <InlineActionForm action={overrideAction} hidden={{ reportId, figureKey }} submitLabel="保存修改">
            <label className="flex flex-col text-xs text-stone-600">
              数字
              <input name="text" required className="mt-0.5 h-8 w-24 rounded-md px-2 text-sm ring-1 ring-stone-300" />
            </label>
            <label className="flex min-w-40 flex-1 flex-col text-xs text-stone-600">
              修改原因
              <input name="reason" required className="mt-0.5 h-8 rounded-md px-2 text-sm ring-1 ring-stone-300" />
            </label>
          </InlineActionForm>
        </details>
      )}
      {restoreAction && override && (
        <span className="mt-3 block">
          <InlineActionForm action={restoreAction} hidden={{ reportId, figureKey }} submitLabel="恢复为计算值" />
        </span>
      )}
    </>
  );
}

/** The panel's frame: on a phone a sheet along the bottom of the screen, wider a box. */
export const detailsPanelClass =
  'fixed inset-x-3 bottom-3 z-40 block indent-0 rounded-lg bg-white p-3 text-left font-sans text-sm font-normal text-stone-800 shadow-lg ring-1 ring-stone-300';

type ChipProps = Omit<DetailsProps, 'onClose'>;

/**
 * A live figure in a report that is read, not edited: its value, and on click the records behind it,
 * in a box under the figure's line at the start of its paragraph (anchored at the figure, it ran off
 * the screen for figures near the right).
 */
export function FigureChip(props: ChipProps) {
  const [open, setOpen] = useState(false);
  const { label } = chipLook(props.result, props.override);
  return (
    <span>
      <ChipFace
        figureKey={props.figureKey}
        result={props.result}
        override={props.override}
        expanded={open}
        onOpen={() => setOpen((o) => !o)}
      />
      {open && (
        <span
          role="dialog"
          aria-label={`${label || props.figureKey} 的来源`}
          className={`${detailsPanelClass} sm:absolute sm:inset-x-auto sm:bottom-auto sm:left-0 sm:z-20 sm:mt-1 sm:w-80`}
        >
          <FigureDetails {...props} onClose={() => setOpen(false)} />
        </span>
      )}
    </span>
  );
}
