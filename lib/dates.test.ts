import { describe, expect, it } from 'vitest';
import {
  addDays,
  beijingDate,
  beijingDateAndMinute,
  beijingDateTime,
  beijingDayStart,
  chineseDatesIn,
  daysBetween,
  daysLeftInclusive,
  periodOf,
  periodsOfYear,
} from '@/lib/dates';

describe('periodOf', () => {
  it('gives month bounds for 31-, 30- and February months', () => {
    expect(periodOf('2025-01-15', 'month')).toEqual({
      period: 'month',
      year: 2025,
      index: 1,
      start: '2025-01-01',
      end: '2025-01-31',
      label: '1月',
    });
    expect(periodOf('2025-04-30', 'month')).toMatchObject({
      index: 4,
      start: '2025-04-01',
      end: '2025-04-30',
      label: '4月',
    });
    expect(periodOf('2025-02-01', 'month')).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
    expect(periodOf('2024-02-29', 'month')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2100-02-10', 'month').end).toBe('2100-02-28');
    expect(periodOf('2000-02-10', 'month').end).toBe('2000-02-29');
    expect(periodOf('2025-12-31', 'month')).toMatchObject({
      index: 12,
      start: '2025-12-01',
      end: '2025-12-31',
      label: '12月',
    });
  });

  it('puts the last and first day of a quarter in different quarters', () => {
    expect(periodOf('2025-03-31', 'quarter')).toEqual({
      period: 'quarter',
      year: 2025,
      index: 1,
      start: '2025-01-01',
      end: '2025-03-31',
      label: '第一季度',
    });
    expect(periodOf('2025-04-01', 'quarter')).toMatchObject({
      index: 2,
      start: '2025-04-01',
      end: '2025-06-30',
      label: '第二季度',
    });
    expect(periodOf('2025-09-30', 'quarter')).toMatchObject({
      index: 3,
      start: '2025-07-01',
      end: '2025-09-30',
      label: '第三季度',
    });
    expect(periodOf('2025-10-01', 'quarter')).toMatchObject({
      index: 4,
      start: '2025-10-01',
      end: '2025-12-31',
      label: '第四季度',
    });
  });

  it('gives the whole year for a year period', () => {
    expect(periodOf('2025-12-31', 'year')).toEqual({
      period: 'year',
      year: 2025,
      index: 1,
      start: '2025-01-01',
      end: '2025-12-31',
      label: '全年',
    });
    expect(periodOf('2026-01-01', 'year')).toMatchObject({ year: 2026, start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('periodsOfYear', () => {
  it('lists twelve months in order, ending on each month end', () => {
    const months = periodsOfYear(2024, 'month');
    expect(months.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months.map((p) => p.end.slice(5))).toEqual([
      '01-31',
      '02-29',
      '03-31',
      '04-30',
      '05-31',
      '06-30',
      '07-31',
      '08-31',
      '09-30',
      '10-31',
      '11-30',
      '12-31',
    ]);
    // Consecutive periods leave no gap and do not overlap.
    for (let i = 1; i < months.length; i++) expect(addDays(months[i - 1].end, 1)).toBe(months[i].start);
  });

  it('lists four quarters and one year', () => {
    expect(periodsOfYear(2025, 'quarter').map((p) => [p.start, p.end, p.label])).toEqual([
      ['2025-01-01', '2025-03-31', '第一季度'],
      ['2025-04-01', '2025-06-30', '第二季度'],
      ['2025-07-01', '2025-09-30', '第三季度'],
      ['2025-10-01', '2025-12-31', '第四季度'],
    ]);
    expect(periodsOfYear(2025, 'year')).toEqual([periodOf('2025-06-01', 'year')]);
  });
});

describe('day arithmetic', () => {
  it('counts whole days, across month, leap-day and year boundaries', () => {
    expect(daysBetween('2025-01-01', '2025-01-01')).toBe(0);
    expect(daysBetween('2025-01-31', '2025-02-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-10', '2025-03-01')).toBe(-9);
  });

  it('is not shifted by daylight-saving changes in any local timezone', () => {
    // Spring-forward and fall-back weekends in Europe and North America.
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(addDays('2025-03-30', 1)).toBe('2025-03-31');
  });

  it('adds days forwards and backwards', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-01-31', 0)).toBe('2025-01-31');
  });

  it('leaves 1 day on the last day of a period', () => {
    expect(daysLeftInclusive('2025-03-31', '2025-03-31')).toBe(1);
    expect(daysLeftInclusive('2025-03-30', '2025-03-31')).toBe(2);
    expect(daysLeftInclusive('2025-03-01', '2025-03-31')).toBe(31);
    expect(daysLeftInclusive('2024-02-01', '2024-02-29')).toBe(29);
    expect(daysLeftInclusive('2025-01-01', '2025-12-31')).toBe(365);
  });
});

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

  it('writes a stored UTC timestamp as Beijing date and minute', () => {
    expect(beijingDateTime('2026-11-28T09:29:41.123Z')).toBe('2026-11-28 17:29');
    expect(beijingDateTime('2026-11-28T16:05:00.000Z')).toBe('2026-11-29 00:05');
    expect(beijingDateTime(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31 23:59');
  });
});

describe('chineseDatesIn', () => {
  it('writes the ISO dates of a sentence as Chinese dates, dropping the spaces beside Chinese text', () => {
    expect(chineseDatesIn('预备期将于 2026-12-26 期满，需召开支部党员大会讨论转正')).toBe(
      '预备期将于2026年12月26日期满，需召开支部党员大会讨论转正',
    );
    expect(chineseDatesIn('预备期已于 2026-01-05 期满，需于 2026-02-05 前召开支部党员大会讨论转正')).toBe(
      '预备期已于2026年1月5日期满，需于2026年2月5日前召开支部党员大会讨论转正',
    );
    expect(chineseDatesIn('出生日期为 1988-04-17')).toBe('出生日期为1988年4月17日');
  });

  it('keeps a space that sets the date apart from Latin text or digits, and leaves other text alone', () => {
    expect(chineseDatesIn('2026-12-26 14:30')).toBe('2026年12月26日 14:30');
    expect(chineseDatesIn('第 3 步')).toBe('第 3 步');
    expect(chineseDatesIn('编号 2026-12-261')).toBe('编号 2026-12-261');
  });
});

describe('beijingDayStart', () => {
  it('is the UTC moment a Beijing day begins, whose Beijing date is that day', () => {
    expect(beijingDayStart('2026-04-15')).toBe('2026-04-14T16:00:00.000Z');
    expect(beijingDate(new Date(beijingDayStart('2026-01-01')))).toBe('2026-01-01');
  });
});
