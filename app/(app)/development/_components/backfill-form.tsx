'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { BackfillField } from '@/lib/development/backfill';

type Props = {
  action: FormAction;
  person: { id: number; version: number };
  fields: BackfillField[];
  defaults: Partial<Record<string, string>>;
  today: string;
};

/** 补录发展过程: one date per step the person's status asks for; the required ones marked. */
export function BackfillForm({ action, person, fields, defaults, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} aria-label="补录发展过程" className="space-y-4" noValidate>
      <input type="hidden" name="personId" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((field) => (
          <InputField
            key={field.code}
            label={field.label}
            name={field.code}
            type="date"
            max={today}
            required={field.required}
            defaultValue={defaults[field.code] ?? ''}
            hint={field.hint}
            error={errors(field.code)}
          />
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        保存补录
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
