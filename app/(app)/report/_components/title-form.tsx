'use client';
import { documentLook } from '@/app/(app)/report/_components/document-look';
import { EditInPlaceForm } from '@/app/(app)/report/_components/edit-in-place-form';
import { useEditInPlace } from '@/app/(app)/report/_components/use-edit-in-place';
import { saveReportTitle } from '@/app/(app)/report/actions';
import { Button } from '@/components/ui/button';

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
  const form = useEditInPlace(saveReportTitle);
  const heading = <h2 className={documentLook.title}>{title}</h2>;
  if (!editable) return heading;
  if (!form.editing)
    return (
      <div className="mb-6 text-center">
        <div className="[&>h2]:mb-0">{heading}</div>
        <Button variant="ghost" size="sm" className="mt-1 print:hidden" onClick={() => form.setEditing(true)}>
          修改标题
        </Button>
      </div>
    );
  return (
    <EditInPlaceForm form={form} reportId={reportId} version={version} saveLabel="保存标题" className="mb-6">
      <label className="flex flex-col text-xs text-stone-600">
        报告标题
        <input
          name="title"
          defaultValue={title}
          maxLength={60}
          aria-invalid={!!form.errors('title')}
          className="mt-0.5 block h-9 w-full rounded-md px-2 text-sm ring-1 ring-stone-300"
        />
      </label>
    </EditInPlaceForm>
  );
}
