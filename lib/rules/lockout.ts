export const maxFailedAttempts = 5;
export const lockMinutes = 15;

export type LockState = { failedAttempts: number; lockedUntil: string | null };

export function isLocked(state: LockState, now: Date): boolean {
  return !!state.lockedUntil && new Date(state.lockedUntil).getTime() > now.getTime();
}

/**
 * The lock state after one wrong password: the fifth consecutive failure locks the account for
 * 15 minutes and starts the count again.
 */
export function afterFailedAttempt(state: LockState, now: Date): LockState & { lockedNow: boolean } {
  const failedAttempts = state.failedAttempts + 1;
  if (failedAttempts >= maxFailedAttempts) {
    const lockedUntil = new Date(now.getTime() + lockMinutes * 60_000).toISOString();
    return { failedAttempts: 0, lockedUntil, lockedNow: true };
  }
  return { failedAttempts, lockedUntil: null, lockedNow: false };
}

export function lockedMessage(lockedUntil: string): string {
  const until = new Date(lockedUntil).toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  });
  return `密码连续错误${maxFailedAttempts}次，账户已锁定${lockMinutes}分钟，请于 ${until} 后再试`;
}
