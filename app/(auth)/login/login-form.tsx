'use client';
import { useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { signInWithCredentials } from '@/lib/auth/browser';
import { sameOriginPath } from '@/lib/http/same-origin-path';

export function LoginForm() {
  const router = useRouter();
  const searchParams = useSearchParams();
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError('');
    const result = await signInWithCredentials(
      String(data.get('username') ?? ''),
      String(data.get('password') ?? ''),
    ).catch(() => ({
      error: 'CredentialsSignin',
    }));
    if (result.error) {
      setError(result.error !== 'CredentialsSignin' ? result.error : '登录失败，请重试');
      setPending(false);
      return;
    }
    router.replace(sameOriginPath(searchParams.get('callbackUrl'), window.location.origin));
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <InputField label="用户名" name="username" autoComplete="username" autoCapitalize="none" required />
      <InputField label="密码" name="password" type="password" autoComplete="current-password" required />
      <p
        role="alert"
        aria-label="登录提示"
        className={error ? 'rounded-md bg-red-50 px-3 py-2 text-sm text-red-800' : 'sr-only'}
      >
        {error}
      </p>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? '正在登录…' : '登录'}
      </Button>
    </form>
  );
}
