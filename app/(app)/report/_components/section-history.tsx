'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { listSectionRevisions } from '@/db/report/queries';
import { beijingDateTime } from '@/lib/dates';
import { type DiffPiece, inlineDiff, textDiff } from '@/lib/report/inline-diff';

type Revision = ReturnType<typeof listSectionRevisions>[number];

const tone = {
  same: 'text-stone-700',
  added: 'bg-emerald-50 text-emerald-900',
  removed: 'bg-red-50 text-red-900 line-through',
  changed: 'bg-amber-50/60 text-stone-800',
} as const;
const mark = { same: '', added: '+', removed: '−', changed: '~' } as const;

/** Without the editor's figures a token is shown as written. */
const tokenAsWritten = (key: string) => `{{${key}}}`;

/** A changed paragraph: the removed characters struck through, the added ones on green. */
function Pieces({ pieces }: { pieces: DiffPiece[] }) {
  return pieces.map((p, i) =>
    p.kind === 'same' ? (
      <span key={i}>{p.text}</span>
    ) : p.kind === 'added' ? (
      <ins key={i} className="rounded-sm bg-emerald-200/70 text-emerald-950 no-underline">
        {p.text}
      </ins>
    ) : (
      <del key={i} className="rounded-sm bg-red-100 text-red-900">
        {p.text}
      </del>
    ),
  );
}

/** A section's saved versions: pick one to compare with the current text, and restore it as a new save. */
export function SectionHistory({
  sectionId,
  current,
  onRestore,
  figureText = tokenAsWritten,
}: {
  sectionId: number;
  current: { heading: string; body: string };
  onRestore: (r: Revision) => void;
  /** A figure's value by its key, so the comparison reads as the report does (the token itself if not given). */
  figureText?: (key: string) => string;
}) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<number | null>(null);
  const { data, isPending, isError } = useQuery({
    queryKey: ['report-section-revisions', sectionId],
    queryFn: async (): Promise<Revision[]> => {
      const response = await fetch(`/report/sections/${sectionId}/revisions`);
      if (!response.ok) throw new Error('历史版本读取失败');
      return response.json();
    },
    enabled: open,
    staleTime: 0,
  });
  const revision = data?.find((r) => r.id === picked) ?? null;

  if (!open) {
    return (
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        历史版本
      </Button>
    );
  }
  return (
    <section
      aria-label="历史版本"
      className="mt-3 w-full min-w-0 basis-full rounded-md bg-stone-50 p-3 font-sans text-sm ring-1 ring-stone-200"
    >
      <div className="mb-2 flex items-center justify-between">
        <strong className="font-medium">历史版本</strong>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          收起
        </Button>
      </div>
      {isPending && <p className="text-stone-500">读取中…</p>}
      {isError && <p className="text-red-700">历史版本读取失败，请稍后再试。</p>}
      <div className="grid gap-3 md:grid-cols-[14rem_minmax(0,1fr)]">
        <ol className="max-h-64 space-y-1 overflow-y-auto">
          {data?.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                aria-pressed={picked === r.id}
                onClick={() => setPicked(r.id)}
                className="w-full rounded px-2 py-1 text-left hover:bg-white aria-pressed:bg-white aria-pressed:ring-1 aria-pressed:ring-brand-600"
              >
                第{r.version}版 · {beijingDateTime(r.savedAt)}
                <span className="block text-xs text-stone-500">{r.savedBy ?? r.savedByUsername ?? ''}</span>
              </button>
            </li>
          ))}
        </ol>
        {revision ? (
          <div className="min-w-0">
            <p className="mb-1 text-xs text-stone-600">
              第{revision.version}版与当前文字的差异（“+”为当前新增的段落，“−”为当前已删去的段落，“~”为改过的段落：
              <ins className="bg-emerald-200/70 no-underline">绿底</ins>为新增的字，
              <del className="bg-red-100">删除线</del>为删去的字）：
            </p>
            {revision.heading !== current.heading && (
              <p className="mb-1 rounded bg-amber-50/60 px-1 [overflow-wrap:anywhere]">
                标题：
                <Pieces pieces={inlineDiff(revision.heading, current.heading, figureText)} />
              </p>
            )}
            <ol aria-label="版本差异" className="max-h-64 space-y-0.5 overflow-y-auto text-[13px] leading-6">
              {textDiff(revision.body, current.body, figureText).map((row, i) => (
                <li
                  key={i}
                  className={`flex gap-1.5 rounded px-1 whitespace-pre-wrap [overflow-wrap:anywhere] ${tone[row.kind]}`}
                >
                  <span aria-hidden="true" className="w-3 shrink-0 text-center font-mono text-stone-500">
                    {mark[row.kind]}
                  </span>
                  <span className="min-w-0 flex-1">
                    {row.kind === 'changed' ? <Pieces pieces={row.pieces} /> : row.text}
                  </span>
                </li>
              ))}
            </ol>
            <Button size="sm" className="mt-2" onClick={() => onRestore(revision)}>
              恢复为第{revision.version}版
            </Button>
          </div>
        ) : (
          <p className="text-stone-500">选择一个版本查看差异。</p>
        )}
      </div>
    </section>
  );
}
