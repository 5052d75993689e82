'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FieldShell, InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { maxRosterImportBytes } from '@/lib/attachments/limits';
import type { BaseImportReport } from '@/lib/dues/bases-import';
import { duesCategoryLabels } from '@/lib/dues/model';
import { fenToYuan } from '@/lib/money';
import { problemsFromFieldErrors } from '@/lib/roster/problems';

type Props = {
  action: FormAction;
  /** The month the bases apply from, as first offered ('YYYY-MM'). */
  defaultMonth: string;
  /** The 核定 date as first offered (today, from the server's clock). */
  defaultDate?: string;
};

/**
 * Uploads a payroll sheet of 党费基数 in the template's columns: the whole file or nothing. A refused
 * file comes back with its problems row by row; an imported one with what each row set.
 */
export function ImportBasesForm({ action, defaultMonth, defaultDate }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const problems = state && !state.ok ? problemsFromFieldErrors(state.fieldErrors) : [];
  const report = state?.ok ? (state.data as BaseImportReport | undefined) : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-stone-600">
        按
        <a href="/dues/bases-template.xlsx" className="mx-1 text-brand-700 underline underline-offset-2">
          导入模板
        </a>
        填写姓名、身份证号、类别和基数；同一起始月份已核定的，以导入的为准。
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          label="起始月份"
          name="effectiveMonth"
          type="month"
          required
          defaultValue={defaultMonth}
          placeholder="2026-01"
          error={errors('effectiveMonth')}
        />
        <InputField
          label="核定日期"
          name="assessedOn"
          type="date"
          required
          defaultValue={defaultDate}
          error={errors('assessedOn')}
        />
      </div>
      <InputField
        label="调整原因"
        name="reason"
        maxLength={200}
        hint="年度中间调整已核定的基数时填写"
        error={errors('reason')}
      />
      <FieldShell label="Excel 文件" required error={errors('file')} hint=".xlsx 格式，不超过5MB，列与导入模板相同">
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
      {report && report.lines.length > 0 && (
        <div className="overflow-x-auto rounded-md ring-1 ring-stone-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">导入结果（共 {report.lines.length} 人）</caption>
            <thead className="bg-stone-50 text-xs text-stone-600">
              <tr>
                {['行', '姓名', '类别', '基数（元）', '月应交（元）', '说明'].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {report.lines.map((l) => (
                <tr key={l.row} className="align-top">
                  <td className="px-3 py-2 tabular-nums">{l.row}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{l.name}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{duesCategoryLabels[l.category]}</td>
                  <td className="px-3 py-2 tabular-nums">{l.baseFen === null ? '—' : fenToYuan(l.baseFen)}</td>
                  <td className="px-3 py-2 tabular-nums">{fenToYuan(l.monthlyFen)}</td>
                  <td className="px-3 py-2 text-stone-700">
                    {l.rule}
                    {l.replaced && <span className="block text-amber-800">已替换同一起始月份原有的核定</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </form>
  );
}
