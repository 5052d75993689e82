import { describe, expect, it } from 'vitest';
import { isFigurePeriod, periodRange } from '@/lib/report/period';

describe('periodRange', () => {
  it('gives the whole year without a period', () => {
    expect(periodRange(2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('gives halves and quarters with their real last days', () => {
    expect(periodRange(2023, 'H1')).toEqual({ start: '2023-01-01', end: '2023-06-30' });
    expect(periodRange(2023, 'H2')).toEqual({ start: '2023-07-01', end: '2023-12-31' });
    expect(periodRange(2024, 'Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(periodRange(2024, 'Q3')).toEqual({ start: '2024-07-01', end: '2024-09-30' });
  });

  it('knows only the six periods', () => {
    expect(['H1', 'Q4'].every(isFigurePeriod)).toBe(true);
    expect(['Q5', 'h1', '2023', ''].some(isFigurePeriod)).toBe(false);
  });
});
