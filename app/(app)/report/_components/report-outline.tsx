'use client';
import { useState, useTransition } from 'react';
import {
  addReportSection,
  assignReportSection,
  moveReportSection,
  placeReportSection,
  removeReportSection,
  setReportSectionLevel,
  setReportSectionNumbered,
} from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { ReportDetail } from '@/db/report/queries';

type Section = Pick<ReportDetail['sections'][number], 'id' | 'version' | 'level' | 'numbered' | 'assigneeId'>;
export type OutlineEntry = Section & { number: string; heading: string; problems: number };
export type Assignable = { id: number; name: string; committeeTitle: string | null };

type Props = {
  reportId: number;
  entries: OutlineEntry[];
  /** The section being written (caret in it, or picked here): its tools are open. */
  current: number | null;
  onPick: (id: number) => void;
  /** Absent for a reader who may not change the structure (a committee member, a submitted report). */
  structure?: { assignable: Assignable[] };
};

const fieldClass = 'h-8 rounded-md px-2 text-sm ring-1 ring-stone-300';

/**
 * The report's outline beside the document: every heading with its number, a jump to it, and the
 * number of things to check in it. For the secretary the current section's place in the report is
 * changed here: moved up or down, made a first- or second-level heading, numbered or not, given to a
 * writer, removed, or followed by a new section.
 */
export function ReportOutline({ reportId, entries, current, onPick, structure }: Props) {
  const drag = useDragToPlace(!!structure);
  return (
    <nav aria-label="报告目录" className="font-sans text-sm">
      {drag.error && (
        <p role="alert" className="mb-1 text-xs text-red-700">
          {drag.error}
        </p>
      )}
      <ol className="space-y-0.5">
        {entries.map((entry, i) => (
          <li
            key={entry.id}
            {...drag.itemProps(entry.id, i + 1)}
            className={`${entry.level === 2 ? 'pl-4' : ''} ${drag.marker(entry.id, i + 1)}`}
          >
            <a
              href={`#section-${entry.id}`}
              aria-current={entry.id === current ? 'location' : undefined}
              onClick={() => onPick(entry.id)}
              className={`flex min-h-9 items-center gap-1 rounded px-2 py-1 hover:bg-stone-100 ${
                entry.id === current ? 'bg-brand-50 font-medium text-brand-800' : 'text-stone-700'
              }`}
            >
              <span className="min-w-0 flex-1 truncate">
                {entry.number}
                {entry.heading}
              </span>
              {entry.problems > 0 && (
                <span className="shrink-0 rounded-full bg-amber-100 px-1.5 text-xs text-amber-900">
                  {entry.problems}
                </span>
              )}
            </a>
            {structure && entry.id === current && (
              <SectionTools
                entry={entry}
                first={i === 0}
                last={i === entries.length - 1}
                assignable={structure.assignable}
              />
            )}
          </li>
        ))}
      </ol>
      {structure && (
        <div className="mt-3 rounded-md bg-stone-100 p-2">
          <InlineActionForm
            action={addReportSection}
            hidden={{ reportId, afterId: current ?? entries.at(-1)?.id ?? '' }}
            submitLabel="添加"
          >
            <label className="flex min-w-0 flex-1 flex-col text-xs text-stone-600">
              {current ? '在当前部分之后添加' : '在末尾添加'}
              <input name="heading" required placeholder="新部分标题" className={`${fieldClass} w-full`} />
            </label>
            <label className="flex flex-col text-xs text-stone-600">
              层级
              <select name="level" aria-label="新部分层级" defaultValue={2} className={fieldClass}>
                <option value={1}>一级</option>
                <option value={2}>二级</option>
              </select>
            </label>
          </InlineActionForm>
        </div>
      )}
    </nav>
  );
}

/**
 * Dragging a heading in the outline onto another puts it at that one's place (the buttons 上移 / 下移
 * do the same from the keyboard).
 */
function useDragToPlace(enabled: boolean) {
  const [dragged, setDragged] = useState<{ id: number; position: number } | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const itemProps = (id: number, position: number) =>
    enabled
      ? {
          draggable: true,
          onDragStart: (event: React.DragEvent) => {
            event.dataTransfer.effectAllowed = 'move';
            setDragged({ id, position });
          },
          onDragOver: (event: React.DragEvent) => {
            if (dragged === null) return;
            event.preventDefault();
            setOver(id);
          },
          onDragEnd: () => {
            setDragged(null);
            setOver(null);
          },
          onDrop: (event: React.DragEvent) => {
            event.preventDefault();
            const moved = dragged;
            setDragged(null);
            setOver(null);
            if (moved === null || moved.id === id) return;
            const data = new FormData();
            data.set('id', String(moved.id));
            data.set('position', String(position));
            startTransition(async () => {
              const result = await placeReportSection(undefined, data);
              setError(result && !result.ok ? result.error : null);
            });
          },
        }
      : {};
  // Where it will land: above the heading it is over when dragged up, below it when dragged down.
  const marker = (id: number, position: number) =>
    over !== id || !dragged
      ? ''
      : dragged.position > position
        ? 'border-t-2 border-brand-600'
        : 'border-b-2 border-brand-600';
  return { error, itemProps, marker };
}

function SectionTools({
  entry,
  first,
  last,
  assignable,
}: {
  entry: OutlineEntry;
  first: boolean;
  last: boolean;
  assignable: Assignable[];
}) {
  const name = `${entry.number}${entry.heading}`;
  return (
    <fieldset aria-label={`调整“${name}”`} className="mt-1 mb-2 space-y-2 rounded-md bg-stone-100 p-2">
      <div className="flex flex-wrap gap-1.5">
        {!first && (
          <InlineActionForm action={moveReportSection} hidden={{ id: entry.id, direction: 'up' }} submitLabel="上移" />
        )}
        {!last && (
          <InlineActionForm
            action={moveReportSection}
            hidden={{ id: entry.id, direction: 'down' }}
            submitLabel="下移"
          />
        )}
        <InlineActionForm
          action={setReportSectionLevel}
          hidden={{ id: entry.id, version: entry.version, level: entry.level === 1 ? 2 : 1 }}
          submitLabel={entry.level === 1 ? '改为二级' : '改为一级'}
        />
        <InlineActionForm
          action={setReportSectionNumbered}
          hidden={{ id: entry.id, version: entry.version, numbered: String(!entry.numbered) }}
          submitLabel={entry.numbered ? '不编号' : '编号'}
        />
        <InlineActionForm
          action={removeReportSection}
          hidden={{ id: entry.id, version: entry.version }}
          submitLabel="删除"
          variant="danger"
          confirm={`确定删除“${name}”吗？它的修改记录仍会保留。`}
        />
      </div>
      <InlineActionForm
        action={assignReportSection}
        hidden={{ id: entry.id, version: entry.version }}
        submitLabel="分配"
      >
        <label className="flex min-w-0 flex-1 flex-col text-xs text-stone-600">
          撰写人
          <select name="assigneeId" defaultValue={entry.assigneeId ?? ''} className={`${fieldClass} w-full`}>
            <option value="">书记本人</option>
            {assignable.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.committeeTitle ? `（${a.committeeTitle}）` : ''}
              </option>
            ))}
          </select>
        </label>
      </InlineActionForm>
    </fieldset>
  );
}
