'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FieldShell } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { maxRosterImportBytes } from '@/lib/attachments/limits';
import { problemsFromFieldErrors } from '@/lib/roster/problems';

/** Uploads a workbook of entries; a refused file comes back with its problems, row by row. */
export function LedgerImportForm({ action, ledgerId }: { action: FormAction; ledgerId: number }) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  const problems = state && !state.ok ? problemsFromFieldErrors(state.fieldErrors) : [];
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="ledgerId" value={ledgerId} />
      <FieldShell label="Excel 文件" required error={errors('file')} hint=".xlsx 格式，不超过5MB，列与导出的文件相同">
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            required
            data-max-bytes={maxRosterImportBytes}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium"
          />
        )}
      </FieldShell>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? '正在逐行检查…' : '检查并导入'}
      </Button>
      <FormStatus state={state} />
      {problems.length > 0 && (
        <ol aria-label="导入问题清单" className="space-y-1 text-sm text-stone-800">
          {problems.map((p, i) => (
            <li key={i} className="rounded-md bg-red-50 px-3 py-2 ring-1 ring-red-200">
              {p.row > 0 && <span className="font-medium tabular-nums">第{p.row}行</span>}
              {p.column && <span className="font-medium">「{p.column}」</span>}
              {(p.row > 0 || p.column) && '：'}
              {p.message}
            </li>
          ))}
        </ol>
      )}
    </form>
  );
}
