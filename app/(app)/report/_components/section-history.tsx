'use client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { listSectionRevisions } from '@/db/report/queries';
import { lineDiff } from '@/lib/report/line-diff';

type Revision = ReturnType<typeof listSectionRevisions>[number];

const tone = {
  same: 'text-stone-700',
  added: 'bg-emerald-50 text-emerald-900',
  removed: 'bg-red-50 text-red-900 line-through',
} as const;
const mark = { same: ' ', added: '+', removed: '−' } as const;

/** A section's saved versions: pick one to compare with the current text, and restore it as a new save. */
export function SectionHistory({
  sectionId,
  current,
  onRestore,
}: {
  sectionId: number;
  current: { heading: string; body: string };
  onRestore: (r: Revision) => void;
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
    <section aria-label="历史版本" className="mt-3 rounded-md bg-stone-50 p-3 text-sm ring-1 ring-stone-200">
      <div className="mb-2 flex items-center justify-between">
        <strong className="font-medium">历史版本</strong>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          收起
        </Button>
      </div>
      {isPending && <p className="text-stone-500">读取中…</p>}
      {isError && <p className="text-red-700">历史版本读取失败，请稍后再试。</p>}
      <div className="grid gap-3 md:grid-cols-[14rem_1fr]">
        <ol className="max-h-64 space-y-1 overflow-y-auto">
          {data?.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                aria-pressed={picked === r.id}
                onClick={() => setPicked(r.id)}
                className="w-full rounded px-2 py-1 text-left hover:bg-white aria-pressed:bg-white aria-pressed:ring-1 aria-pressed:ring-brand-600"
              >
                第{r.version}版 · {r.savedAt.slice(0, 16).replace('T', ' ')}
                <span className="block text-xs text-stone-500">{r.savedBy ?? r.savedByUsername ?? ''}</span>
              </button>
            </li>
          ))}
        </ol>
        {revision ? (
          <div>
            <p className="mb-1 text-xs text-stone-600">
              第{revision.version}版与当前文字的差异（“+”为当前新增，“−”为当前已删去）：
            </p>
            <ol aria-label="版本差异" className="max-h-64 space-y-0.5 overflow-y-auto font-mono text-xs">
              {lineDiff(revision.body, current.body).map((line, i) => (
                <li key={i} className={`rounded px-1 whitespace-pre-wrap ${tone[line.kind]}`}>
                  {mark[line.kind]} {line.text}
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
