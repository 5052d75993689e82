import { describe, expect, it } from 'vitest';
import { chineseNumber } from '@/lib/chinese-number';

describe('chineseNumber', () => {
  it('writes 1 to 99 as Chinese numerals', () => {
    expect([1, 5, 9, 10, 11, 19, 20, 21, 35, 99].map(chineseNumber)).toEqual([
      '一',
      '五',
      '九',
      '十',
      '十一',
      '十九',
      '二十',
      '二十一',
      '三十五',
      '九十九',
    ]);
  });

  it('leaves numbers outside 1 to 99 as digits', () => {
    expect([0, 100, 2.5].map(chineseNumber)).toEqual(['0', '100', '2.5']);
  });
});
