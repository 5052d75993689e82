'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = { action: FormAction; category?: { id: number; version: number; name: string; unit: string } };

/** Adds a work-output category (name and unit), or renames one. */
export function CategoryForm({ action, category }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !category });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={category ? category.name : '新类别'}
      className="flex flex-wrap items-end gap-3"
      noValidate
    >
      {category && (
        <>
          <input type="hidden" name="id" value={category.id} />
          <input type="hidden" name="version" value={category.version} />
        </>
      )}
      <InputField
        label="类别名称"
        name="name"
        required
        maxLength={20}
        defaultValue={category?.name}
        error={errors('name')}
        className="w-44"
      />
      <InputField
        label="单位"
        name="unit"
        required
        maxLength={6}
        defaultValue={category?.unit}
        hint={category ? undefined : '如：篇、期、份'}
        error={errors('unit')}
        className="w-24"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {category ? '保存' : '添加类别'}
      </Button>
      <FormStatus state={state} className="basis-full text-xs" />
    </form>
  );
}
