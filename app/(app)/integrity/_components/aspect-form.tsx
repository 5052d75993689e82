'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props =
  | { action: FormAction; year: number; aspect?: undefined }
  | { action: FormAction; aspect: { id: number; version: number; title: string }; year?: undefined };

/** Adds an aspect to the year's list, or renames one. */
export function AspectForm({ action, year, aspect }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !aspect });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={aspect ? `修改方面名称：${aspect.title}` : '添加方面'}
      className="flex flex-wrap items-end gap-3"
      noValidate
    >
      {aspect ? (
        <>
          <input type="hidden" name="id" value={aspect.id} />
          <input type="hidden" name="version" value={aspect.version} />
        </>
      ) : (
        <input type="hidden" name="year" value={year} />
      )}
      <InputField
        label="方面名称"
        name="title"
        required
        maxLength={60}
        defaultValue={aspect?.title}
        hint={aspect ? undefined : '如：履行管党治党责任、带头廉洁从政'}
        error={errors('title')}
        className="min-w-48 flex-1"
      />
      <Button type="submit" variant={aspect ? 'secondary' : 'primary'} disabled={pending}>
        {aspect ? '保存名称' : '添加方面'}
      </Button>
      <FormStatus state={state} className="basis-full" />
    </form>
  );
}
