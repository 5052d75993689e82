import { describe, expect, it } from 'vitest';
import { afterFailedAttempt, isLocked, lockedMessage } from './lockout';

const now = new Date('2026-03-01T02:00:00.000Z');

describe('sign-in lockout', () => {
  it('counts the first four failures without locking', () => {
    let state = { failedAttempts: 0, lockedUntil: null as string | null };
    for (let i = 1; i <= 4; i++) {
      const next = afterFailedAttempt(state, now);
      expect(next.lockedNow).toBe(false);
      expect(next.failedAttempts).toBe(i);
      state = next;
    }
  });

  it('locks on the fifth failure for exactly 15 minutes', () => {
    const next = afterFailedAttempt({ failedAttempts: 4, lockedUntil: null }, now);
    expect(next.lockedNow).toBe(true);
    expect(next.lockedUntil).toBe('2026-03-01T02:15:00.000Z');
    expect(isLocked(next, new Date('2026-03-01T02:14:59.999Z'))).toBe(true);
    expect(isLocked(next, new Date('2026-03-01T02:15:00.000Z'))).toBe(false);
  });

  it('says when the lock ends, in Beijing time', () => {
    expect(lockedMessage('2026-03-01T02:15:00.000Z')).toContain('10:15');
    expect(lockedMessage('2026-03-01T02:15:00.000Z')).toContain('锁定15分钟');
  });
});
