'use client';
import { useEffect } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { FormStatus } from '@/components/ui/form-status';

/** 退出所有设备: ends the account's sessions in every browser, then this one goes to the sign-in page. */
export function SignOutEverywhere({ action }: { action: FormAction }) {
  const { state, pending, onSubmit } = useActionForm(action, {
    confirm: '所有设备（包括这台）上的登录都将退出，需要重新登录。继续吗？',
  });
  useEffect(() => {
    if (state?.ok) window.location.href = '/login';
  }, [state]);
  return (
    <form onSubmit={onSubmit} className="mt-4 border-t border-stone-100 pt-4 text-sm">
      <input type="hidden" name="confirm" value="yes" />
      <p className="text-stone-600">在别人的电脑上登录过、或手机丢失时，可退出此账户在所有设备上的登录。</p>
      <button type="submit" disabled={pending} className="mt-2 min-h-11 font-medium text-brand-700 hover:underline">
        退出所有设备
      </button>
      <FormStatus state={state} />
    </form>
  );
}
