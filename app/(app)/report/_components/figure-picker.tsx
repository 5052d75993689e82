'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { type FigureSource, fetchFigureSummaries } from '@/app/(app)/report/_components/figure-requests';
import { Button } from '@/components/ui/button';
import { figureKey, parseFigureKey } from '@/lib/report/figure-key';
import { type FigureSummary, isProblem } from '@/lib/report/figure-types';
import { type FigurePeriod, figurePeriodLabels, figurePeriods } from '@/lib/report/period';

/** `dated`: the figure counts dated records, so it can be limited to a half or quarter of the year. */
export type PickerEntry = { group: string; label: string; key: string; unit: string; dated?: boolean };

function keyFor(entry: PickerEntry, period: FigurePeriod | ''): string {
  const spec = period && entry.dated ? parseFigureKey(entry.key) : null;
  return spec ? figureKey({ ...spec, params: { ...spec.params, period } }) : entry.key;
}

/**
 * Lists every figure the branch can insert, by area, with its value for the year and a search box
 * (“支委会”, “捐款”); picking one hands back its token's inside. Opened by 插入数字 or by typing “/”
 * in the text; Enter in the search box takes the first match. Values are fetched when it first opens.
 */
export function FigurePicker({
  entries,
  source,
  open,
  onClose,
  onPick,
}: {
  entries: PickerEntry[];
  source: FigureSource;
  open: boolean;
  onClose: () => void;
  onPick: (key: string) => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [period, setPeriod] = useState<FigurePeriod | ''>('');
  const keys = useMemo(() => entries.map((e) => keyFor(e, period)), [entries, period]);
  const { data: values } = useQuery({
    queryKey: ['picker-figures', source.year, keys],
    queryFn: async () => new Map(await fetchFigureSummaries(source, keys)),
    enabled: open,
    staleTime: 60_000,
  });
  const groups = useMemo(() => {
    const words = query.trim().split(/\s+/).filter(Boolean);
    const shown = entries.filter((e) => words.every((w) => e.label.includes(w) || e.group.includes(w)));
    const out = new Map<string, PickerEntry[]>();
    for (const entry of shown) out.set(entry.group, [...(out.get(entry.group) ?? []), entry]);
    return [...out];
  }, [entries, query]);

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) element.showModal();
    if (!open && element?.open) element.close();
  }, [open]);

  const pick = (entry: PickerEntry) => {
    setQuery('');
    onPick(keyFor(entry, period));
  };

  return (
    <dialog
      ref={dialog}
      aria-label="插入数字"
      onClose={onClose}
      className="m-auto w-[40rem] max-w-[95vw] rounded-lg p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="sticky top-0 flex flex-wrap items-center gap-2 border-b border-stone-200 bg-white p-3">
        <input
          type="search"
          aria-label="搜索数字"
          placeholder="搜索：支委会、捐款、横幅……"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            const first = groups[0]?.[1][0];
            if (e.key === 'Enter' && first) {
              e.preventDefault();
              pick(first);
            }
          }}
          className="h-9 min-w-0 flex-1 rounded-md px-2 text-sm ring-1 ring-stone-300"
        />
        <select
          aria-label="统计期间"
          value={period}
          onChange={(e) => setPeriod(e.target.value as FigurePeriod | '')}
          className="h-9 rounded-md px-2 text-sm ring-1 ring-stone-300"
        >
          <option value="">全年</option>
          {figurePeriods.map((p) => (
            <option key={p} value={p}>
              {figurePeriodLabels[p]}
            </option>
          ))}
        </select>
        <Button variant="ghost" size="sm" onClick={onClose}>
          关闭
        </Button>
      </div>
      <div className="max-h-[60vh] space-y-3 overflow-y-auto p-3">
        {open &&
          groups.map(([group, items]) => (
            <section key={group} aria-label={group}>
              <h3 className="mb-1 text-xs font-medium text-stone-500">{group}</h3>
              <ul className="grid gap-1 sm:grid-cols-2">
                {items.map((entry) => (
                  <li key={entry.key}>
                    <button
                      type="button"
                      onClick={() => pick(entry)}
                      className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-brand-50"
                    >
                      {entry.label}
                      <PickerValue summary={values?.get(keyFor(entry, period))} unit={entry.unit} />
                      {period && !entry.dated && <span className="ml-1 text-xs text-amber-700">按全年</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        {open && groups.length === 0 && <p className="text-sm text-stone-500">没有匹配的数字。</p>}
      </div>
    </dialog>
  );
}

/** The figure's value for the year as the report would write it, or its unit while it loads. */
function PickerValue({ summary, unit }: { summary: FigureSummary | undefined; unit: string }) {
  if (!summary) return unit ? <span className="ml-1 text-xs text-stone-500">（{unit}）</span> : null;
  if (isProblem(summary)) return null;
  return (
    <span className="ml-1 text-xs text-stone-600">
      ：
      <span className="font-medium text-stone-900 tabular-nums">
        {summary.text.length > 24 ? `${summary.text.slice(0, 24)}…` : summary.text}
      </span>
      {summary.unit}
    </span>
  );
}
