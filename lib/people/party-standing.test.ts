import { describe, expect, it } from 'vitest';
import { fullYearsBetween } from '@/lib/dates';
import { partyStanding } from '@/lib/people/party-standing';

describe('whole years between dates', () => {
  it('counts a year only on or after the anniversary', () => {
    expect(fullYearsBetween('2006-06-28', '2026-06-27')).toBe(19);
    expect(fullYearsBetween('2006-06-28', '2026-06-28')).toBe(20);
  });

  it('handles a 29 February start', () => {
    expect(fullYearsBetween('2004-02-29', '2025-02-28')).toBe(20);
    expect(fullYearsBetween('2004-02-29', '2025-03-01')).toBe(21);
  });
});

describe('党龄', () => {
  it('counts from full membership', () => {
    expect(partyStanding('2013-06-25', '2026-11-28')).toBe(13);
  });

  it('is empty before full membership', () => {
    expect(partyStanding(null, '2026-11-28')).toBeNull();
    expect(partyStanding('2027-01-01', '2026-11-28')).toBeNull();
  });
});
