import { describe, expect, it } from 'vitest';
import { defaultDateIn, firstYear, yearOrCurrent } from './year-range';

const now = new Date('2026-11-28T04:00:00Z');

describe('yearOrCurrent', () => {
  it('takes a year the app offers, from the first year to next year', () => {
    expect(yearOrCurrent('2023', now)).toBe(2023);
    expect(yearOrCurrent(String(firstYear), now)).toBe(firstYear);
    expect(yearOrCurrent(2027, now)).toBe(2027);
  });

  it('falls back to this year (in China) for anything else', () => {
    for (const value of [null, undefined, '', 'abc', '2023.5', String(firstYear - 1), '2028']) {
      expect(yearOrCurrent(value, now), String(value)).toBe(2026);
    }
    expect(yearOrCurrent(null, new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});

describe('defaultDateIn', () => {
  it('is today on this year’s page and nothing on another year’s', () => {
    expect(defaultDateIn(2026, '2026-11-28')).toBe('2026-11-28');
    expect(defaultDateIn(2023, '2026-11-28')).toBeUndefined();
  });
});
