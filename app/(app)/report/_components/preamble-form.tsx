'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { saveReportPreamble } from '@/app/(app)/report/actions';
import { InlineActionForm } from '@/components/forms/inline-action-form';
import { paragraphsOf } from '@/lib/report/render';

/** The opening sentence before the first heading; the secretary's to write. */
export function PreambleForm({
  reportId,
  version,
  preamble,
  editable,
}: {
  reportId: number;
  version: number;
  preamble: string;
  editable: boolean;
}) {
  if (!editable) {
    return preamble ? (
      <div className={`${documentLook.paragraph} ${documentLook.body}`}>
        {paragraphsOf(preamble).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    ) : null;
  }
  return (
    <div className="rounded-md bg-stone-50 p-3 font-sans ring-1 ring-stone-200 print:hidden">
      <InlineActionForm action={saveReportPreamble} hidden={{ id: reportId, version }} submitLabel="保存开头">
        <label className="flex min-w-0 flex-1 flex-col text-xs text-stone-600">
          开头（标题之后、第一部分之前的段落）
          <textarea
            name="preamble"
            defaultValue={preamble}
            rows={2}
            className="mt-0.5 block w-full rounded-md px-2 py-1.5 text-sm ring-1 ring-stone-300"
          />
        </label>
      </InlineActionForm>
    </div>
  );
}
