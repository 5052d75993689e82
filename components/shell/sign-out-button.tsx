'use client';
import type { ReactNode } from 'react';
import { signOutTo } from '@/lib/auth/browser';

/** 退出登录; its icon comes drawn by the server, keeping the icon paths out of the page's JavaScript. */
export function SignOutButton({ className, icon }: { className?: string; icon: ReactNode }) {
  return (
    <button type="button" onClick={() => void signOutTo('/login')} className={className}>
      {icon}
      退出登录
    </button>
  );
}
