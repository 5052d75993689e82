import { afterEach, describe, expect, it, vi } from 'vitest';
import { currentYear, fixedToday, now, nowIso, todayIso } from '@/lib/clock';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe('the clock', () => {
  it('follows the system in Beijing time when no day is pinned', () => {
    vi.stubEnv('ZHIBU_TODAY', '');
    vi.useFakeTimers({ now: new Date('2026-12-31T16:30:00Z'), toFake: ['Date'] });
    expect(fixedToday()).toBeNull();
    expect(todayIso()).toBe('2027-01-01');
    expect(currentYear()).toBe(2027);
    expect(nowIso()).toBe('2026-12-31T16:30:00.000Z');
  });

  it('keeps a pinned day, with the time of day still running', () => {
    vi.stubEnv('ZHIBU_TODAY', '2026-06-18');
    vi.useFakeTimers({ now: new Date('2026-12-06T03:15:00Z'), toFake: ['Date'] });
    expect(todayIso()).toBe('2026-06-18');
    expect(currentYear()).toBe(2026);
    expect(nowIso()).toBe('2026-06-18T03:15:00.000Z');
    vi.advanceTimersByTime(15 * 60_000);
    expect(nowIso()).toBe('2026-06-18T03:30:00.000Z');
  });

  it('places the moment on the pinned day as Beijing counts days', () => {
    vi.stubEnv('ZHIBU_TODAY', '2027-01-04');
    // 20:00 UTC on 6 December is already 7 December in Beijing: the pinned day is 4 January there.
    vi.useFakeTimers({ now: new Date('2026-12-06T20:00:00Z'), toFake: ['Date'] });
    expect(nowIso()).toBe('2027-01-03T20:00:00.000Z');
    expect(todayIso()).toBe('2027-01-04');
  });

  it('refuses a day that does not exist', () => {
    vi.stubEnv('ZHIBU_TODAY', '2026-02-30');
    expect(() => todayIso()).toThrow('ZHIBU_TODAY');
    vi.stubEnv('ZHIBU_TODAY', 'tomorrow');
    expect(() => now()).toThrow('YYYY-MM-DD');
  });

  it('refuses a pinned day in production unless it is explicitly allowed', () => {
    vi.stubEnv('ZHIBU_DEMO', '0');
    vi.stubEnv('ZHIBU_TODAY', '2026-06-18');
    expect(() => todayIso()).toThrow('ZHIBU_ALLOW_FIXED_TODAY');
    vi.stubEnv('ZHIBU_ALLOW_FIXED_TODAY', '1');
    expect(todayIso()).toBe('2026-06-18');
  });
});
