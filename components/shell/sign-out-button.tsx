'use client';
import { Icon } from '@/components/shell/icons';
import { signOutTo } from '@/lib/auth/browser';

export function SignOutButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => void signOutTo('/login')} className={className}>
      <Icon name="logout" className="size-4" />
      退出登录
    </button>
  );
}
