'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { probationYears, probationYearsOf } from '@/lib/people/discipline';
import { type DisciplineKind, disciplineKindLabels, disciplineKinds } from '@/lib/people/model';

type Discipline = {
  id: number;
  version: number;
  kind: DisciplineKind;
  decidedOn: string;
  until: string | null;
  decidedBy: string;
  reason: string | null;
};

type Props = {
  action: FormAction;
  today: string;
  /** The person a new record is for. */
  personId: number;
  /** The record to edit; without it the form records a new one. */
  discipline?: Discipline;
};

/** Records or corrects one 党纪处分; 留党察看 asks for its period. */
export function DisciplineForm({ action, today, personId, discipline }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !discipline });
  const years = discipline ? probationYearsOf(discipline.decidedOn, discipline.until) : null;
  return (
    <form
      onSubmit={onSubmit}
      aria-label={discipline ? '修改党纪处分' : '登记党纪处分'}
      className="grid gap-4 sm:grid-cols-2"
      noValidate
    >
      {discipline ? (
        <>
          <input type="hidden" name="id" value={discipline.id} />
          <input type="hidden" name="version" value={discipline.version} />
        </>
      ) : (
        <input type="hidden" name="personId" value={personId} />
      )}
      <SelectField
        label="处分种类"
        name="kind"
        required
        defaultValue={discipline?.kind ?? ''}
        placeholder="请选择"
        options={disciplineKinds.map((k) => ({ value: k, label: disciplineKindLabels[k] }))}
        error={errors('kind')}
      />
      <SelectField
        label="察看期限"
        name="probationYears"
        defaultValue={years ?? ''}
        placeholder="无（留党察看以外的处分）"
        options={probationYears.map((n) => ({ value: n, label: n === 1 ? '一年' : '两年' }))}
        hint="仅留党察看填写，期满日自决定之日起算"
        error={errors('probationYears')}
      />
      <InputField
        label="处分决定日期"
        name="decidedOn"
        type="date"
        required
        max={today}
        defaultValue={discipline?.decidedOn}
        error={errors('decidedOn')}
      />
      <InputField
        label="决定机关"
        name="decidedBy"
        required
        maxLength={60}
        defaultValue={discipline?.decidedBy}
        hint="如 县纪委、上级党委"
        error={errors('decidedBy')}
      />
      <TextAreaField
        label="处分事由"
        name="reason"
        rows={2}
        maxLength={500}
        defaultValue={discipline?.reason}
        error={errors('reason')}
        className="sm:col-span-2"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {discipline ? '保存修改' : '登记'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
