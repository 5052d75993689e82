import { describe, expect, it } from 'vitest';
import { defaultDateIn, firstYear, yearOrCurrent } from '@/lib/years';

describe('yearOrCurrent', () => {
  it('takes a year the app offers, from the first year to next year', () => {
    expect(yearOrCurrent('2023', 2026)).toBe(2023);
    expect(yearOrCurrent(String(firstYear), 2026)).toBe(firstYear);
    expect(yearOrCurrent(2027, 2026)).toBe(2027);
  });

  it('falls back to this year for anything else', () => {
    for (const value of [null, undefined, '', 'abc', '2023.5', String(firstYear - 1), '2028']) {
      expect(yearOrCurrent(value, 2026), String(value)).toBe(2026);
    }
  });
});

describe('defaultDateIn', () => {
  it('is today on this year’s page and nothing on another year’s', () => {
    expect(defaultDateIn(2026, '2026-11-28')).toBe('2026-11-28');
    expect(defaultDateIn(2023, '2026-11-28')).toBeUndefined();
  });
});
