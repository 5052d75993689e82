import { describe, expect, it } from 'vitest';
import { percent } from '@/lib/percent';

describe('percent', () => {
  it('rounds to one decimal', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(3, 3)).toBe(100);
  });

  it('is null with nothing to divide', () => {
    expect(percent(0, 0)).toBeNull();
  });
});
