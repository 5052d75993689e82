'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

export function StartDevelopmentForm({
  action,
  people,
  today,
}: {
  action: FormAction;
  people: { id: number; name: string }[];
  today: string;
}) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-start" noValidate>
      <SelectField
        label="申请人"
        name="personId"
        required
        placeholder="请选择（先在名册中录入）"
        options={people.map((p) => ({ value: p.id, label: p.name }))}
        error={errors('personId')}
      />
      <InputField label="递交申请书日期" name="date" type="date" required defaultValue={today} error={errors('date')} />
      <Button type="submit" disabled={pending} className="sm:mt-6">
        开始发展记录
      </Button>
      <FormStatus state={state} className="sm:col-span-3" />
    </form>
  );
}
