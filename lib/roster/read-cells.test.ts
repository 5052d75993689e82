import { describe, expect, it } from 'vitest';
import { normalizeDate } from '@/lib/roster/read-cells';

describe('normalizeDate', () => {
  it.each([
    ['2023-07-01', '2023-07-01'],
    ['2023/7/1', '2023-07-01'],
    ['2023.07.01', '2023-07-01'],
    ['2023年7月1日', '2023-07-01'],
    ['7/1/2023', '7/1/2023'],
  ])('%s → %s', (input, expected) => expect(normalizeDate(input)).toBe(expected));
});
