'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { noticeCategories } from '@/lib/rectification/model';

type Props = {
  action: FormAction;
  notice?: { id: number; version: number; title: string; category: string; content: string };
  submitLabel: string;
  cancelHref?: string;
};

export function NoticeForm({ action, notice, submitLabel, cancelHref }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[1fr_12rem]" noValidate>
      {notice && (
        <>
          <input type="hidden" name="id" value={notice.id} />
          <input type="hidden" name="version" value={notice.version} />
        </>
      )}
      <InputField label="标题" name="title" required defaultValue={notice?.title} error={errors('title')} />
      <SelectField
        label="类别"
        name="category"
        required
        defaultValue={notice?.category ?? noticeCategories[0]}
        options={noticeCategories.map((c) => ({ value: c, label: c }))}
        error={errors('category')}
      />
      <TextAreaField
        label="公开内容"
        name="content"
        required
        rows={8}
        defaultValue={notice?.content}
        error={errors('content')}
        className="sm:col-span-2"
      />
      <FormStatus state={state} className="sm:col-span-2" />
      <div className="flex gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {cancelHref && (
          <ButtonLink href={cancelHref} variant="secondary">
            取消
          </ButtonLink>
        )}
      </div>
    </form>
  );
}
