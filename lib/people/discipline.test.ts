import { describe, expect, it } from 'vitest';
import { probationUntil, probationYearsOf, underProbationOn } from '@/lib/people/discipline';

describe('probationUntil', () => {
  it('ends the day before the anniversary', () => {
    expect(probationUntil('2024-03-10', 1)).toBe('2025-03-09');
    expect(probationUntil('2024-03-10', 2)).toBe('2026-03-09');
    expect(probationUntil('2024-01-01', 1)).toBe('2024-12-31');
  });

  it('reads the period back from the dates, and nothing else', () => {
    expect(probationYearsOf('2024-03-10', '2026-03-09')).toBe(2);
    expect(probationYearsOf('2024-03-10', '2025-03-09')).toBe(1);
    expect(probationYearsOf('2024-03-10', '2025-03-10')).toBeNull();
    expect(probationYearsOf('2024-03-10', null)).toBeNull();
  });
});

describe('underProbationOn', () => {
  const probation = { kind: 'probation', decidedOn: '2024-03-10', until: '2025-03-09' } as const;

  it('covers decidedOn to until, both included', () => {
    expect(underProbationOn([probation], '2024-03-09')).toBe(false);
    expect(underProbationOn([probation], '2024-03-10')).toBe(true);
    expect(underProbationOn([probation], '2025-03-09')).toBe(true);
    expect(underProbationOn([probation], '2025-03-10')).toBe(false);
  });

  it('ignores the other kinds of 党纪处分', () => {
    expect(underProbationOn([{ kind: 'serious_warning', decidedOn: '2024-03-10', until: null }], '2024-06-01')).toBe(
      false,
    );
    expect(underProbationOn([], '2024-06-01')).toBe(false);
  });
});
