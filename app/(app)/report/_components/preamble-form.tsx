'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { useEditInPlace } from '@/app/(app)/report/_components/use-edit-in-place';
import { saveReportPreamble } from '@/app/(app)/report/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
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
  const { state, pending, onSubmit, editing, setEditing } = useEditInPlace(saveReportPreamble);

  const text = (
    <div className={`${documentLook.paragraph} ${documentLook.body}`}>
      {paragraphsOf(preamble).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
  if (!editable) return preamble ? text : null;
  if (!editing)
    return (
      <div className="group relative">
        {preamble ? text : <p className="font-sans text-sm text-stone-400">（尚无开头段落）</p>}
        <Button variant="ghost" size="sm" className="mt-1 print:hidden" onClick={() => setEditing(true)}>
          修改开头
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={onSubmit}
      className="space-y-2 rounded-md bg-stone-50 p-3 font-sans ring-1 ring-stone-200"
      noValidate
    >
      <input type="hidden" name="id" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <label className="flex flex-col text-xs text-stone-600">
        开头（标题之后、第一部分之前的段落）
        <textarea
          name="preamble"
          defaultValue={preamble}
          rows={3}
          className="mt-0.5 block w-full rounded-md px-2 py-1.5 text-sm ring-1 ring-stone-300"
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          保存开头
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setEditing(false)}>
          取消
        </Button>
      </div>
      <FormStatus state={state} className="text-xs" />
    </form>
  );
}
