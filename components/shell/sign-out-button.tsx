'use client';
import { signOut } from 'next-auth/react';
import { Icon } from './icons';

export function SignOutButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: '/login' })} className={className}>
      <Icon name="logout" className="size-4" />
      退出登录
    </button>
  );
}
