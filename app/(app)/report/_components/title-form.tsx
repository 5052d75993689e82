'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { useEditInPlace } from '@/app/(app)/report/_components/use-edit-in-place';
import { saveReportTitle } from '@/app/(app)/report/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';

/** The report's title in the document's look; the secretary opens it to reword it (the draft's is a default). */
export function TitleForm({
  reportId,
  version,
  title,
  editable,
}: {
  reportId: number;
  version: number;
  title: string;
  editable: boolean;
}) {
  const { state, pending, onSubmit, errors, editing, setEditing } = useEditInPlace(saveReportTitle);
  const heading = <h2 className={documentLook.title}>{title}</h2>;
  if (!editable) return heading;
  if (!editing)
    return (
      <div className="mb-6 text-center">
        <div className="[&>h2]:mb-0">{heading}</div>
        <Button variant="ghost" size="sm" className="mt-1 print:hidden" onClick={() => setEditing(true)}>
          修改标题
        </Button>
      </div>
    );
  return (
    <form
      onSubmit={onSubmit}
      className="mb-6 space-y-2 rounded-md bg-stone-50 p-3 font-sans ring-1 ring-stone-200"
      noValidate
    >
      <input type="hidden" name="id" value={reportId} />
      <input type="hidden" name="version" value={version} />
      <label className="flex flex-col text-xs text-stone-600">
        报告标题
        <input
          name="title"
          defaultValue={title}
          maxLength={60}
          aria-invalid={!!errors('title')}
          className="mt-0.5 block h-9 w-full rounded-md px-2 text-sm ring-1 ring-stone-300"
        />
      </label>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={pending}>
          保存标题
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setEditing(false)}>
          取消
        </Button>
      </div>
      <FormStatus state={state} className="text-xs" />
    </form>
  );
}
