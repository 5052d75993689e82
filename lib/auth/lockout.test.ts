import { describe, expect, it } from 'vitest';
import {
  type AddressState,
  addressBlockedMessage,
  addressBlockedUntil,
  afterAddressFailure,
  isLocked,
  lockAfterFailure,
  lockedMessage,
  maxAddressFailures,
} from '@/lib/auth/lockout';

const now = new Date('2026-03-01T02:00:00.000Z');

describe('sign-in lockout', () => {
  it('does not lock before all five attempts are counted', () => {
    for (let counted = 0; counted < 5; counted++) {
      expect(lockAfterFailure({ failedAttempts: counted, lockedUntil: null }, now)).toBeNull();
    }
  });

  it('locks when the fifth counted attempt fails, for exactly 15 minutes, and never extends a lock', () => {
    const lockedUntil = lockAfterFailure({ failedAttempts: 5, lockedUntil: null }, now);
    expect(lockedUntil).toBe('2026-03-01T02:15:00.000Z');
    expect(isLocked({ failedAttempts: 0, lockedUntil }, new Date('2026-03-01T02:14:59.999Z'))).toBe(true);
    expect(isLocked({ failedAttempts: 0, lockedUntil }, new Date('2026-03-01T02:15:00.000Z'))).toBe(false);
    expect(lockAfterFailure({ failedAttempts: 5, lockedUntil }, new Date('2026-03-01T02:10:00.000Z'))).toBeNull();
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
    expect(afterAddressFailure(old, new Date('2026-03-01T02:10:00.000Z'))).toEqual({
      windowStart: now.toISOString(),
      failures: 20,
    });
  });
});
