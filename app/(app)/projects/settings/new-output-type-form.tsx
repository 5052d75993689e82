'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { outputCategories, outputCategoryLabels } from '@/lib/service/model';

export function NewOutputTypeForm({ action }: { action: FormAction }) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <SelectField
        label="统计类别"
        name="category"
        required
        placeholder="请选择"
        options={outputCategories.map((c) => ({ value: c, label: outputCategoryLabels[c] }))}
        error={errors('category')}
      />
      <InputField label="名称" name="name" required placeholder="如：慰问金、树苗" error={errors('name')} />
      <InputField label="单位" name="unit" required placeholder="如：元、棵" error={errors('unit')} />
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        添加
      </Button>
    </form>
  );
}
