'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { maxUploadBytes } from '@/lib/attachments/limits';

type Props = {
  /** The record the files belong to, as the upload action expects it (e.g. { meetingId: 3 }). */
  owner: Record<string, number>;
  files: { id: number; fileName: string; size: number }[];
  upload?: FormAction;
  remove?: FormAction;
  /** What to upload, in the words of the record's area. */
  hint?: string;
};

function RemoveButton({ id, fileName, action }: { id: number; fileName: string; action: FormAction }) {
  const { onSubmit, pending } = useActionForm(action);
  return (
    <form onSubmit={onSubmit}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className="text-xs text-stone-500 hover:text-red-700">
        删除<span className="sr-only">附件 {fileName}</span>
      </button>
    </form>
  );
}

/** Files of a record: listed for everyone who may read it, added and removed by its editors. */
export function AttachmentsPanel({ owner, files, upload, remove, hint = '照片或扫描件' }: Props) {
  const form = useActionForm(upload ?? (async () => null));
  return (
    <div className="space-y-3">
      <ul className="space-y-1 text-sm">
        {files.map((f) => (
          <li key={f.id} className="flex items-center justify-between gap-3">
            <a href={`/files/${f.id}`} className="truncate text-brand-700 hover:underline">
              {f.fileName}
            </a>
            <span className="flex items-center gap-3 text-xs text-stone-500">
              {(f.size / 1024).toFixed(0)} KB
              {remove && <RemoveButton id={f.id} fileName={f.fileName} action={remove} />}
            </span>
          </li>
        ))}
        {files.length === 0 && <li className="text-stone-500">暂无附件</li>}
      </ul>
      {upload && (
        <form onSubmit={form.onSubmit} className="space-y-2">
          {Object.entries(owner).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <label className="block text-sm text-stone-700">
            上传{hint}（JPG、PNG、PDF，不超过10MB）
            <input
              type="file"
              name="file"
              accept="image/jpeg,image/png,application/pdf"
              data-max-bytes={maxUploadBytes}
              className="mt-1 block min-h-11 w-full text-sm sm:min-h-0"
            />
          </label>
          <Button type="submit" size="sm" variant="secondary" disabled={form.pending}>
            {form.pending ? '正在上传…' : '上传附件'}
          </Button>
          <FormStatus state={form.state} />
          {form.errors('file') && <p className="text-xs text-red-700">{form.errors('file')!.join('；')}</p>}
        </form>
      )}
    </div>
  );
}
