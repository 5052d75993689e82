'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { rulePeriodLabels, rulePeriods } from '@/lib/meetings/model';

const scopes = [
  { value: 'members', label: '全体党员' },
  { value: 'committee', label: '支委委员' },
  { value: 'chosen', label: '逐次选择' },
];

export function NewKindForm({ action }: { action: FormAction }) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      <InputField label="类型名称" name="name" required hint="如：党建工作研究会" error={errors('name')} />
      <SelectField label="参会范围" name="attendeeScope" required options={scopes} error={errors('attendeeScope')} />
      <SelectField
        label="频次周期"
        name="period"
        placeholder="不作要求"
        options={rulePeriods.map((p) => ({ value: p, label: rulePeriodLabels[p] }))}
        error={errors('period')}
      />
      <InputField label="至少次数" name="minCount" type="number" min={0} defaultValue={0} error={errors('minCount')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          添加会议类型
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
