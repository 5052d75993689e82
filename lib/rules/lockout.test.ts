import { describe, expect, it } from 'vitest';
import { addressBlockedMessage, addressBlockedUntil, afterAddressFailure, afterFailedAttempt, isLocked, lockedMessage, maxAddressFailures, type AddressState } from './lockout';

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

describe('per-address throttling', () => {
  it('lets an address fail 20 times in 15 minutes, then refuses it until the window ends', () => {
    let state: AddressState | undefined;
    for (let i = 0; i < maxAddressFailures; i++) {
      expect(addressBlockedUntil(state, now)).toBeNull();
      state = afterAddressFailure(state, new Date(now.getTime() + i * 1000));
    }
    expect(state).toEqual({ windowStart: now.toISOString(), failures: 20 });
    expect(addressBlockedUntil(state, new Date('2026-03-01T02:14:59.000Z'))).toBe('2026-03-01T02:15:00.000Z');
    expect(addressBlockedUntil(state, new Date('2026-03-01T02:15:00.000Z'))).toBeNull();
    expect(addressBlockedMessage('2026-03-01T02:15:00.000Z')).toContain('10:15');
  });

  it('starts a new window for a failure after the old one is over', () => {
    const old = { windowStart: now.toISOString(), failures: 19 };
    const later = new Date('2026-03-01T02:20:00.000Z');
    expect(afterAddressFailure(old, later)).toEqual({ windowStart: later.toISOString(), failures: 1 });
    expect(afterAddressFailure(old, new Date('2026-03-01T02:10:00.000Z'))).toEqual({ windowStart: now.toISOString(), failures: 20 });
  });
});
