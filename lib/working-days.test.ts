import { describe, expect, it } from 'vitest';
import { addDays } from '@/lib/dates';
import { addWorkingDays, isWorkingDay, noticePeriodEnd, workingDaysBetween } from '@/lib/working-days';

/** Brute force: working days d with a < d <= b. */
function bruteForceBetween(a: string, b: string): number {
  let count = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
  return count;
}

describe('isWorkingDay', () => {
  it('is Monday to Friday only', () => {
    // 2024-05-06 is a Monday.
    expect(['2024-05-06', '2024-05-07', '2024-05-08', '2024-05-09', '2024-05-10'].map(isWorkingDay)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(isWorkingDay('2024-05-11')).toBe(false);
    expect(isWorkingDay('2024-05-12')).toBe(false);
  });

  it('does not model public holidays (2024-10-01 National Day is a Tuesday and counts)', () => {
    expect(isWorkingDay('2024-10-01')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips the weekend: Friday + 1 = Monday', () => {
    expect(addWorkingDays('2024-05-10', 1)).toBe('2024-05-13');
  });

  it('starts counting on Monday from a Saturday or Sunday', () => {
    expect(addWorkingDays('2024-05-11', 1)).toBe('2024-05-13');
    expect(addWorkingDays('2024-05-12', 1)).toBe('2024-05-13');
    expect(addWorkingDays('2024-05-11', 5)).toBe('2024-05-17');
  });

  it('crosses one or more weekends', () => {
    expect(addWorkingDays('2024-05-09', 2)).toBe('2024-05-13'); // Thu + 2 = Mon
    expect(addWorkingDays('2024-05-06', 5)).toBe('2024-05-13'); // Mon + 5 = next Mon
    expect(addWorkingDays('2024-05-08', 10)).toBe('2024-05-22'); // Wed + 10 = Wed two weeks on
    expect(addWorkingDays('2024-05-11', 6)).toBe('2024-05-20'); // Sat + 6 = Mon after next
  });

  it('crosses a year end', () => {
    expect(addWorkingDays('2024-12-27', 3)).toBe('2025-01-01'); // Fri + 3 = Wed
  });

  it('returns the date itself for 0, even on a weekend', () => {
    expect(addWorkingDays('2024-05-11', 0)).toBe('2024-05-11');
  });

  it('goes backwards for negative n', () => {
    expect(addWorkingDays('2024-05-13', -1)).toBe('2024-05-10');
    expect(addWorkingDays('2024-05-12', -1)).toBe('2024-05-10');
    expect(addWorkingDays('2024-05-13', -6)).toBe('2024-05-03');
  });

  it('rejects a fractional n', () => {
    expect(() => addWorkingDays('2024-05-13', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts Friday to Monday as one working day', () => {
    expect(workingDaysBetween('2024-05-10', '2024-05-13')).toBe(1);
  });

  it('counts nothing across a weekend alone or on the same day', () => {
    expect(workingDaysBetween('2024-05-10', '2024-05-12')).toBe(0);
    expect(workingDaysBetween('2024-05-11', '2024-05-12')).toBe(0);
    expect(workingDaysBetween('2024-05-08', '2024-05-08')).toBe(0);
  });

  it('counts a whole week as five', () => {
    expect(workingDaysBetween('2024-05-06', '2024-05-13')).toBe(5);
    expect(workingDaysBetween('2024-05-11', '2024-05-18')).toBe(5);
  });

  it('is negative when the second date is earlier', () => {
    expect(workingDaysBetween('2024-05-13', '2024-05-10')).toBe(-1);
  });

  it('counts 261 working days after 2024-01-01 (a Monday) up to 2024-12-31', () => {
    expect(workingDaysBetween('2024-01-01', '2024-12-31')).toBe(261);
  });

  it('agrees with a brute-force count and inverts addWorkingDays', () => {
    for (let offset = 0; offset < 14; offset++) {
      const start = addDays('2024-02-24', offset);
      for (let n = 0; n <= 25; n++) {
        const end = addWorkingDays(start, n);
        expect(workingDaysBetween(start, end)).toBe(n);
        expect(bruteForceBetween(start, end)).toBe(n);
        if (n > 0) expect(isWorkingDay(end)).toBe(true);
      }
      const later = addDays(start, 40 + offset);
      expect(workingDaysBetween(start, later)).toBe(bruteForceBetween(start, later));
    }
  });
});

describe('noticePeriodEnd', () => {
  it('ends five working days after a Monday start on Friday, the start day counting', () => {
    expect(noticePeriodEnd('2024-05-06', { workingDays: 5 })).toBe('2024-05-10');
  });

  it('runs over the weekend when started mid-week', () => {
    expect(noticePeriodEnd('2024-05-08', { workingDays: 5 })).toBe('2024-05-14');
  });

  it('starts on the following Monday when started on a weekend', () => {
    expect(noticePeriodEnd('2024-05-04', { workingDays: 5 })).toBe('2024-05-10');
    expect(noticePeriodEnd('2024-05-05', { workingDays: 1 })).toBe('2024-05-06');
  });

  it('counts 7 calendar days including the start day', () => {
    expect(noticePeriodEnd('2024-05-06', { calendarDays: 7 })).toBe('2024-05-12');
    expect(noticePeriodEnd('2024-12-28', { calendarDays: 7 })).toBe('2025-01-03');
  });

  it('rejects an empty or fractional period', () => {
    expect(() => noticePeriodEnd('2024-05-06', { workingDays: 0 })).toThrow(RangeError);
    expect(() => noticePeriodEnd('2024-05-06', { calendarDays: 2.5 })).toThrow(RangeError);
  });
});
