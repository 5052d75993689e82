'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { EditInPlaceForm } from '@/app/(app)/report/_components/edit-in-place-form';
import { useEditInPlace } from '@/app/(app)/report/_components/use-edit-in-place';
import { saveReportPreamble } from '@/app/(app)/report/actions';
import { Button } from '@/components/ui/button';
import { paragraphsOf } from '@/lib/report/render';

/**
 * The opening paragraph before the first heading, read in the document's look; the secretary opens it
 * to rewrite it, and it reads as the document again once saved.
 */
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
  const form = useEditInPlace(saveReportPreamble);

  const text = (
    <div className={`${documentLook.paragraph} ${documentLook.body}`}>
      {paragraphsOf(preamble).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
  if (!editable) return preamble ? text : null;
  if (!form.editing)
    return (
      <div className="group relative">
        {preamble ? text : <p className="font-sans text-sm text-stone-400">（尚无开头段落）</p>}
        <Button variant="ghost" size="sm" className="mt-1 print:hidden" onClick={() => form.setEditing(true)}>
          修改开头
        </Button>
      </div>
    );
  return (
    <EditInPlaceForm form={form} reportId={reportId} version={version} saveLabel="保存开头">
      <label className="flex flex-col text-xs text-stone-600">
        开头（标题之后、第一部分之前的段落）
        <textarea
          name="preamble"
          defaultValue={preamble}
          rows={3}
          className="mt-0.5 block w-full rounded-md px-2 py-1.5 text-sm ring-1 ring-stone-300"
        />
      </label>
    </EditInPlaceForm>
  );
}
