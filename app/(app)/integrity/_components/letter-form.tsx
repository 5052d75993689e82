'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { defaultLetterTitle } from '@/lib/integrity/model';
import { letterCounterpartKinds } from '@/lib/service/model';

type Letter = {
  id: number;
  version: number;
  date: string;
  title: string;
  signer: string;
  counterpartKind: string;
  counterpart: string;
};

type Props = {
  action: FormAction;
  /** The letter to edit; without it the form registers a new one. */
  letter?: Letter;
  today: string;
  /** The date a new letter starts with (none when the page shows another year than this one). */
  defaultDate?: string;
  /** Who usually signs for the leadership (the branch secretary), prefilled for a new letter. */
  defaultSigner?: string;
};

export function LetterForm({ action, letter, today, defaultDate, defaultSigner }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !letter });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={letter ? '修改承诺书' : '登记承诺书'}
      className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3"
      noValidate
    >
      {letter && (
        <>
          <input type="hidden" name="id" value={letter.id} />
          <input type="hidden" name="version" value={letter.version} />
        </>
      )}
      <InputField
        label="签订日期"
        name="date"
        type="date"
        required
        max={today}
        defaultValue={letter?.date ?? defaultDate}
        error={errors('date')}
      />
      <InputField
        label="承诺书名称"
        name="title"
        required
        maxLength={60}
        defaultValue={letter?.title ?? defaultLetterTitle}
        error={errors('title')}
      />
      <InputField
        label="签订人"
        name="signer"
        required
        maxLength={40}
        defaultValue={letter?.signer ?? defaultSigner}
        hint="代表领导班子签订的一方"
        error={errors('signer')}
      />
      <SelectField
        label="签订对象类别"
        name="counterpartKind"
        required
        defaultValue={letter?.counterpartKind ?? letterCounterpartKinds[0]}
        options={letterCounterpartKinds.map((k) => ({ value: k, label: k }))}
        error={errors('counterpartKind')}
      />
      <InputField
        label="签订对象"
        name="counterpart"
        required
        maxLength={60}
        defaultValue={letter?.counterpart}
        hint="姓名及职务，或股室名称"
        error={errors('counterpart')}
        className="lg:col-span-2"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-3">
        <Button type="submit" disabled={pending}>
          {letter ? '保存承诺书' : '登记承诺书'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
