import { beijingDateAndMinute } from '@/lib/dates';

export const maxFailedAttempts = 5;
export const lockMinutes = 15;

export type LockState = { failedAttempts: number; lockedUntil: string | null };

export function isLocked(state: LockState, now: Date): boolean {
  return !!state.lockedUntil && new Date(state.lockedUntil).getTime() > now.getTime();
}

/**
 * When a wrong password locks the account: attempts are counted before their passwords are compared, so
 * the failure that finds all `maxFailedAttempts` counted (and no lock yet) locks it for 15 minutes.
 * Returns the end of the new lock, or null when this failure does not lock.
 */
export function lockAfterFailure(state: LockState, now: Date): string | null {
  if (isLocked(state, now) || state.failedAttempts < maxFailedAttempts) return null;
  return new Date(now.getTime() + lockMinutes * 60_000).toISOString();
}

const beijingTime = (iso: string) => beijingDateAndMinute(new Date(iso))[1];

export function lockedMessage(lockedUntil: string): string {
  return `密码连续错误${maxFailedAttempts}次，账户已锁定${lockMinutes}分钟，请于 ${beijingTime(lockedUntil)} 后再试`;
}

/**
 * Per-address throttling: at most `maxAddressFailures` failed sign-ins (any usernames, known or not)
 * from one client address in a window of `addressWindowMinutes`; then that address is refused until
 * the window ends. It stops one machine from guessing across many accounts, which the per-account lock
 * alone would allow (four guesses each).
 */
export const maxAddressFailures = 20;
export const addressWindowMinutes = 15;

export type AddressState = { windowStart: string; failures: number };

const windowEnd = (state: AddressState) => new Date(state.windowStart).getTime() + addressWindowMinutes * 60_000;

/** When the address may try again, or null while it may. */
export function addressBlockedUntil(state: AddressState | undefined, now: Date): string | null {
  if (!state || state.failures < maxAddressFailures) return null;
  const end = windowEnd(state);
  return end > now.getTime() ? new Date(end).toISOString() : null;
}

/** The address's count after one more failure: a new window starts once the old one is over. */
export function afterAddressFailure(state: AddressState | undefined, now: Date): AddressState {
  if (!state || windowEnd(state) <= now.getTime()) return { windowStart: now.toISOString(), failures: 1 };
  return { windowStart: state.windowStart, failures: state.failures + 1 };
}

export function addressBlockedMessage(until: string): string {
  return `此地址登录失败次数过多，请于 ${beijingTime(until)} 后再试`;
}
