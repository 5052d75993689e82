import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { changeOwnPassword, signOutEverywhere } from '@/app/(account)/password/actions';
import { PasswordForm } from '@/app/(account)/password/password-form';
import { SignOutEverywhere } from '@/app/(account)/password/sign-out-everywhere';
import { Icon } from '@/components/shell/icons';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { getCurrentUser } from '@/server/auth/current-user';

export const metadata: Metadata = { title: '修改密码' };

export default async function PasswordPage() {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  return (
    <main className="flex min-h-dvh items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm rounded-xl bg-white p-6 shadow-sm ring-1 ring-stone-200">
        <h1 className="text-lg font-semibold text-stone-900">修改密码</h1>
        <p className="mt-1 mb-5 text-sm text-stone-600">
          {user.mustChangePassword
            ? `${user.name}，您正在使用开通账户时设置的初始密码，请先设置只有您自己知道的密码再继续使用。`
            : `${user.name}，请输入当前密码和新密码。`}
        </p>
        <PasswordForm action={changeOwnPassword} />
        <div className="mt-5 flex justify-between text-sm">
          {user.mustChangePassword ? (
            <span />
          ) : (
            <Link href="/" className="inline-flex min-h-11 items-center text-brand-700 hover:underline">
              返回首页
            </Link>
          )}
          <SignOutButton
            className="flex min-h-11 items-center gap-1 text-stone-600 hover:text-stone-900"
            icon={<Icon name="logout" className="size-4" />}
          />
        </div>
        {!user.mustChangePassword && <SignOutEverywhere action={signOutEverywhere} />}
      </div>
    </main>
  );
}
