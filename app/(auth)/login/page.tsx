import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { LoginForm } from '@/app/(auth)/login/login-form';
import { PinnedDayNote } from '@/components/shell/pinned-day-note';
import { demoAccounts, demoPassword } from '@/lib/demo-accounts';
import { getCurrentUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '登录' };

export default async function LoginPage() {
  if (await getCurrentUser()) redirect('/');
  const demo = process.env.ZHIBU_DEMO !== '0';
  return (
    <main className="flex min-h-dvh items-center justify-center bg-gradient-to-b from-brand-800 to-brand-900 px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center text-white">
          <h1 className="text-2xl font-semibold tracking-wide">支部工作台</h1>
          <p className="mt-1 text-sm text-brand-100">党支部工作记录 · 书记述职报告</p>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl">
          <h2 className="mb-4 text-lg font-semibold text-stone-900">账号登录</h2>
          <Suspense>
            <LoginForm />
          </Suspense>
        </div>
        {demo && (
          <section
            aria-label="演示账户"
            className="mt-4 rounded-xl bg-white/10 p-4 text-sm text-white ring-1 ring-white/20"
          >
            <p className="font-medium">演示账户（密码均为 {demoPassword}）</p>
            <ul className="mt-2 space-y-1 text-brand-100">
              {demoAccounts.map((a) => (
                <li key={a.username}>
                  <code className="font-mono text-white">{a.username}</code> · {a.who}，{a.what}
                </li>
              ))}
            </ul>
          </section>
        )}
        <PinnedDayNote className="mt-4 text-center text-brand-100" />
      </div>
    </main>
  );
}
