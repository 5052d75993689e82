'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

export function PasswordForm({ action }: { action: FormAction }) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-4">
      <InputField
        label="当前密码"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors('currentPassword')}
      />
      <InputField
        label="新密码"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="至少8位，需同时包含字母和数字"
        error={errors('newPassword')}
      />
      <InputField
        label="确认新密码"
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors('confirmPassword')}
      />
      <FormStatus state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? '正在保存…' : '保存新密码'}
      </Button>
    </form>
  );
}
