'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { talkKindLabels, talkKinds } from '@/lib/meetings/model';

export function TalkForm({
  action,
  people,
  today,
}: {
  action: FormAction;
  people: { id: number; name: string }[];
  today: string;
}) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const options = people.map((p) => ({ value: p.id, label: p.name }));
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      <InputField label="谈话日期" name="date" type="date" required defaultValue={today} error={errors('date')} />
      <SelectField
        label="谈话类型"
        name="kind"
        required
        options={talkKinds.map((k) => ({ value: k, label: talkKindLabels[k] }))}
        error={errors('kind')}
      />
      <SelectField
        label="谈话人"
        name="initiatorId"
        required
        placeholder="请选择"
        options={options}
        error={errors('initiatorId')}
      />
      <SelectField
        label="谈话对象"
        name="partnerId"
        required
        placeholder="请选择"
        options={options}
        error={errors('partnerId')}
      />
      <InputField label="谈话要点" name="note" className="sm:col-span-2 lg:col-span-4" error={errors('note')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending}>
          保存谈话记录
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
