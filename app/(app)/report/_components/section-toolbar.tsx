'use client';
import { useState } from 'react';
import {
  addReportSection,
  assignReportSection,
  moveReportSection,
  removeReportSection,
  setReportSectionLevel,
} from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import type { ReportDetail } from '@/db/report/queries';

type Props = {
  reportId: number;
  /** Only what the tools need (not the body, which the editor already has). */
  section: Pick<ReportDetail['sections'][number], 'id' | 'version' | 'heading' | 'level' | 'assigneeId'>;
  first: boolean;
  last: boolean;
  assignable: { id: number; name: string; committeeTitle: string | null }[];
};

const selectClass = 'h-8 rounded-md px-2 text-sm ring-1 ring-stone-300';

/**
 * The secretary's tools for a section's place in the report: order, level, writer, removal, and a new
 * section after it. The six forms are rendered when the panel is opened, not with the page: a report
 * has a dozen sections, and their closed toolbars were a large part of the editor's HTML.
 */
export function SectionToolbar({ reportId, section, first, last, assignable }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer px-1 text-xs text-stone-500 hover:text-stone-800">
        调整“{section.heading}”
      </summary>
      {open && (
        <div className="mt-2 flex flex-wrap items-start gap-3 rounded-md bg-stone-100 p-3">
          {!first && (
            <InlineActionForm
              action={moveReportSection}
              hidden={{ id: section.id, direction: 'up' }}
              submitLabel="上移"
            />
          )}
          {!last && (
            <InlineActionForm
              action={moveReportSection}
              hidden={{ id: section.id, direction: 'down' }}
              submitLabel="下移"
            />
          )}
          <InlineActionForm
            action={setReportSectionLevel}
            hidden={{ id: section.id, version: section.version, level: section.level === 1 ? 2 : 1 }}
            submitLabel={section.level === 1 ? '改为二级标题' : '改为一级标题'}
          />
          <InlineActionForm
            action={assignReportSection}
            hidden={{ id: section.id, version: section.version }}
            submitLabel="分配"
          >
            <label className="flex flex-col text-xs text-stone-600">
              撰写人
              <select
                name="assigneeId"
                aria-label="撰写人"
                defaultValue={section.assigneeId ?? ''}
                className={selectClass}
              >
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
          <InlineActionForm
            action={addReportSection}
            hidden={{ reportId, afterId: section.id }}
            submitLabel="在此后添加"
          >
            <label className="flex flex-col text-xs text-stone-600">
              新部分标题
              <input name="heading" required className={`${selectClass} w-48`} />
            </label>
            <label className="flex flex-col text-xs text-stone-600">
              层级
              <select name="level" aria-label="层级" defaultValue={2} className={selectClass}>
                <option value={1}>一级（一、）</option>
                <option value={2}>二级（（一））</option>
              </select>
            </label>
          </InlineActionForm>
          <InlineActionForm
            action={removeReportSection}
            hidden={{ id: section.id, version: section.version }}
            submitLabel="删除这一部分"
            variant="danger"
            confirm={`确定删除“${section.heading}”吗？它的修改记录仍会保留。`}
          />
        </div>
      )}
    </details>
  );
}
