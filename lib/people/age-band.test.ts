import { describe, expect, it } from 'vitest';
import { addDays, ageOn } from '@/lib/dates';
import { type AgeBand, ageBandLabel, birthDatesInBand, parseAgeBand } from '@/lib/people/age-band';

describe('parseAgeBand', () => {
  it('reads either end or both', () => {
    expect(parseAgeBand('-35')).toEqual({ min: null, max: 35 });
    expect(parseAgeBand('36-45')).toEqual({ min: 36, max: 45 });
    expect(parseAgeBand('56-')).toEqual({ min: 56, max: null });
    expect(parseAgeBand('40-40')).toEqual({ min: 40, max: 40 });
  });

  it('refuses a band without ends, reversed, or not written as one', () => {
    for (const text of ['-', '', '35', '45-36', 'a-b', '-35-', '1.5-3', ' 18-'])
      expect(parseAgeBand(text), text).toBeNull();
  });
});

describe('ageBandLabel', () => {
  it('names the band as a report does', () => {
    expect(ageBandLabel({ min: null, max: 35 })).toBe('35岁及以下');
    expect(ageBandLabel({ min: 36, max: 45 })).toBe('36至45岁');
    expect(ageBandLabel({ min: 56, max: null })).toBe('56岁及以上');
    expect(ageBandLabel({ min: 40, max: 40 })).toBe('40岁');
  });
});

/** Whether a birth date lies within the bounds, compared as the query compares the stored text. */
function withinBounds(bounds: { after?: string; onOrBefore?: string }, birthDate: string): boolean {
  return (
    (bounds.after === undefined || birthDate > bounds.after) &&
    (bounds.onOrBefore === undefined || birthDate <= bounds.onOrBefore)
  );
}

describe('birthDatesInBand', () => {
  const bands: AgeBand[] = [
    { min: null, max: 35 },
    { min: 36, max: 45 },
    { min: 56, max: null },
    { min: 2, max: 2 },
  ];
  // Days around birthdays and 29 February, in leap and common years.
  const days = ['2026-12-31', '2026-06-30', '2026-02-28', '2024-02-28', '2024-02-29', '2025-03-01', '2028-02-28'];

  it.each(days)('holds exactly the birth dates ageOn puts in the band on %s', (day) => {
    for (const band of bands) {
      const bounds = birthDatesInBand(band, day);
      for (let birth = '1960-01-01'; birth <= day; birth = addDays(birth, 1)) {
        const age = ageOn(birth, day);
        const expected = (band.min === null || age >= band.min) && (band.max === null || age <= band.max);
        if (withinBounds(bounds, birth) !== expected)
          throw new Error(`${ageBandLabel(band)} on ${day}: born ${birth} (age ${age}) should be ${expected}`);
      }
    }
  });

  it('counts someone 35 on the day as 35岁及以下 and someone 36 from their birthday on', () => {
    const bounds = birthDatesInBand({ min: null, max: 35 }, '2026-12-31');
    expect(withinBounds(bounds, '1991-12-31')).toBe(true);
    expect(withinBounds(bounds, '1990-12-31')).toBe(false);
    expect(withinBounds(bounds, '1991-01-01')).toBe(true);
  });
});
