'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Item = { id: number; version: number; content: string; responsible: string };

type Props =
  | { action: FormAction; aspectId: number; item?: undefined }
  | { action: FormAction; item: Item; aspectId?: undefined };

/** Adds an item (内容 and 责任人) under an aspect, or edits one. */
export function ItemForm({ action, aspectId, item }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !item });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={item ? `修改内容：${item.content}` : '添加内容'}
      className="grid gap-3 sm:grid-cols-[1fr_14rem]"
      noValidate
    >
      {item ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
        </>
      ) : (
        <input type="hidden" name="aspectId" value={aspectId} />
      )}
      <TextAreaField
        label="清单内容"
        name="content"
        required
        rows={2}
        maxLength={300}
        defaultValue={item?.content}
        error={errors('content')}
      />
      <InputField
        label="责任人"
        name="responsible"
        required
        maxLength={60}
        defaultValue={item?.responsible}
        hint="职务或姓名，如：党组书记、分管副局长"
        error={errors('responsible')}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" size="sm" variant={item ? 'secondary' : 'primary'} disabled={pending}>
          {item ? '保存' : '添加内容'}
        </Button>
        <FormStatus state={state} className="text-xs" />
      </div>
    </form>
  );
}
