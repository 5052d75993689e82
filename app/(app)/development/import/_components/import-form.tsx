'use client';
import Link from 'next/link';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FieldShell } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { maxRosterImportBytes } from '@/lib/attachments/limits';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';
import { newGroupsField, problemsFromFieldErrors, type RosterProblem } from '@/lib/roster/problems';

/** Where each entry of a list of problems (or of readings) sits in the file. */
function ProblemTable({
  problems,
  caption,
  what = '问题',
}: {
  problems: RosterProblem[];
  caption: string;
  what?: string;
}) {
  return (
    <div className="overflow-x-auto rounded-md ring-1 ring-stone-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          {caption}（共 {problems.length} 处）
        </caption>
        <thead className="bg-stone-50 text-xs text-stone-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              工作表
            </th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              行
            </th>
            <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
              列
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {what}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {problems.map((p, i) => (
            <tr key={i} className="align-top">
              <td className="px-3 py-2 whitespace-nowrap">{p.sheet || '—'}</td>
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">{p.row > 0 ? p.row : '—'}</td>
              <td className="px-3 py-2 whitespace-nowrap">{p.column || '—'}</td>
              <td className="px-3 py-2 text-stone-800">{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type Imported = {
  readings: RosterProblem[];
  backfill: { id: number; name: string; politicalStatus: PoliticalStatus }[];
};

/**
 * Uploads a workbook; a refused file comes back with its row-by-row problem list, and with an offer to
 * set up the 党小组 it names (the secretary's). After an import, who needs 补录发展过程.
 */
export function RosterImportForm({ action, mayCreateGroups }: { action: FormAction; mayCreateGroups: boolean }) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const problems = state && !state.ok ? problemsFromFieldErrors(state.fieldErrors) : [];
  const newGroups = state && !state.ok ? (state.fieldErrors?.[newGroupsField] ?? []) : [];
  const imported = state?.ok ? (state.data as Imported | undefined) : undefined;
  const readings = imported?.readings ?? [];
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FieldShell
        label="Excel 文件"
        required
        error={errors('file')}
        hint=".xlsx 格式，不超过5MB；请使用下载的模板或导出的文件"
      >
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
      {newGroups.length > 0 &&
        (mayCreateGroups ? (
          <label className="flex min-h-11 items-start gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            <input type="checkbox" name="createGroups" className="mt-1 size-4" />
            <span>导入时一并设立文件中的党小组：{newGroups.map((g) => `「${g}」`).join('')}</span>
          </label>
        ) : (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
            文件中的党小组{newGroups.map((g) => `「${g}」`).join('')}尚未设立：请书记在“支部设置”中设立后再导入。
          </p>
        ))}
      <Button type="submit" disabled={pending}>
        {pending ? '正在逐行检查…' : '检查并导入'}
      </Button>
      <FormStatus state={state} />
      {problems.length > 0 && <ProblemTable problems={problems} caption="导入问题清单" />}
      {readings.length > 0 && <ProblemTable problems={readings} caption="按常用写法识别的内容" what="识别为" />}
      {imported && imported.backfill.length > 0 && (
        <section
          aria-label="待补录发展过程"
          className="rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200"
        >
          <p>以下人员已在发展过程中，但尚无发展记录。补录决定期限的日期后，系统才能提醒转正、确定发展对象等期限：</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {imported.backfill.map((p) => (
              <li key={p.id}>
                <Link
                  href={`/development/${p.id}`}
                  className="inline-flex min-h-11 items-center rounded-md bg-white px-3 ring-1 ring-amber-300 hover:ring-brand-600"
                >
                  补录 {politicalStatusLabels[p.politicalStatus]} {p.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </form>
  );
}
