'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

export function NewGroupForm({ action }: { action: FormAction }) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3" noValidate>
      <InputField
        label="新党小组名称"
        name="name"
        required
        maxLength={20}
        hint="如：第一党小组、机关党小组"
        error={errors('name')}
        className="min-w-56 flex-1"
      />
      <Button type="submit" disabled={pending}>
        设立党小组
      </Button>
      <FormStatus state={state} className="basis-full" />
    </form>
  );
}
