import { describe, expect, it } from 'vitest';
import { pathForYear, yearInPath } from '@/lib/year-path';

describe('yearInPath', () => {
  it('reads the year from the report, the review and the pages below them', () => {
    expect(yearInPath('/report/2023')).toBe(2023);
    expect(yearInPath('/review/2025')).toBe(2025);
    expect(yearInPath('/report/2023/print')).toBe(2023);
  });

  it('finds none where the address carries no year, or a number that is a record’s id', () => {
    for (const path of [
      '/',
      '/report',
      '/review',
      '/meetings/2023',
      '/report/sections/2023/revisions',
      '/report/20231',
    ]) {
      expect(yearInPath(path), path).toBeNull();
    }
  });
});

describe('pathForYear', () => {
  it('puts the other year into the same page’s address', () => {
    expect(pathForYear('/report/2023', 2025)).toBe('/report/2025');
    expect(pathForYear('/review/2026', 2024)).toBe('/review/2024');
    expect(pathForYear('/report/2023/print', 2021)).toBe('/report/2021/print');
  });

  it('leaves addresses without a year alone', () => {
    expect(pathForYear('/meetings', 2025)).toBeNull();
    expect(pathForYear('/meetings/2023', 2025)).toBeNull();
    expect(pathForYear('/report', 2025)).toBeNull();
  });
});
