'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Output = {
  id: number;
  version: number;
  date: string;
  categoryId: number;
  title: string;
  quantity: number;
  note: string | null;
};

type Props = {
  action: FormAction;
  /** Categories open for entries (plus, when editing, the entry's own even if archived). */
  categories: { id: number; name: string; unit: string }[];
  /** The entry to edit; without it the form records a new one. */
  output?: Output;
  today: string;
  /** The date a new entry starts with (none when the page shows another year than this one). */
  defaultDate?: string;
  /** The category a new entry starts in (the one the list is filtered by). */
  defaultCategoryId?: number;
};

export function OutputForm({ action, categories, output, today, defaultDate, defaultCategoryId }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !output });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={output ? '修改成果' : '登记成果'}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-[10rem_12rem_1fr_7rem]"
      noValidate
    >
      {output && (
        <>
          <input type="hidden" name="id" value={output.id} />
          <input type="hidden" name="version" value={output.version} />
        </>
      )}
      <InputField
        label="日期"
        name="date"
        type="date"
        required
        max={today}
        defaultValue={output?.date ?? defaultDate}
        error={errors('date')}
      />
      <SelectField
        label="类别"
        name="categoryId"
        required
        placeholder="请选择"
        defaultValue={output?.categoryId ?? defaultCategoryId ?? ''}
        options={categories.map((c) => ({ value: c.id, label: `${c.name}（${c.unit}）` }))}
        error={errors('categoryId')}
      />
      <InputField
        label="标题"
        name="title"
        required
        maxLength={120}
        defaultValue={output?.title}
        error={errors('title')}
        className="sm:col-span-2 lg:col-span-1"
      />
      <InputField
        label="数量"
        name="quantity"
        type="number"
        inputMode="decimal"
        min={0.01}
        step="any"
        defaultValue={output?.quantity ?? 1}
        hint="默认为1"
        error={errors('quantity')}
      />
      <InputField
        label="备注"
        name="note"
        maxLength={300}
        defaultValue={output?.note ?? ''}
        error={errors('note')}
        className="sm:col-span-2 lg:col-span-4"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending}>
          {output ? '保存成果' : '登记成果'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
