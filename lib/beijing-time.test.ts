import { describe, expect, it } from 'vitest';
import { beijingDate, beijingDateAndMinute } from '@/lib/beijing-time';

describe('Beijing time', () => {
  it('is eight hours ahead of UTC, so late evening UTC is already the next day', () => {
    expect(beijingDate(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(beijingDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
    expect(beijingDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('gives the time to the minute on a 24-hour clock', () => {
    expect(beijingDateAndMinute(new Date('2026-11-28T01:30:45Z'))).toEqual(['2026-11-28', '09:30']);
    expect(beijingDateAndMinute(new Date('2026-11-28T16:05:00Z'))).toEqual(['2026-11-29', '00:05']);
    expect(beijingDateAndMinute(new Date('2026-11-28T05:00:00Z'))).toEqual(['2026-11-28', '13:00']);
  });
});
