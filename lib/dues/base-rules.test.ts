import { describe, expect, it } from 'vitest';
import { isMidYearChange } from '@/lib/dues/base-rules';

describe('a mid-year change of a dues base', () => {
  it('is a base after an earlier one of the same year', () => {
    expect(isMidYearChange(['2026-01'], '2026-07')).toBe(true);
    expect(isMidYearChange(['2025-03', '2026-06'], '2026-07')).toBe(true);
  });

  it('is not the year’s first base, nor one before or in the same month as the other', () => {
    expect(isMidYearChange([], '2026-01')).toBe(false);
    expect(isMidYearChange(['2025-01'], '2026-01')).toBe(false);
    expect(isMidYearChange(['2026-08'], '2026-07')).toBe(false);
    expect(isMidYearChange(['2026-07'], '2026-07')).toBe(false);
  });
});
