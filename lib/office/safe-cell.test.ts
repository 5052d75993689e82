import { describe, expect, it } from 'vitest';
import { safeCell } from '@/lib/office/safe-cell';

describe('safeCell', () => {
  it.each([['=HYPERLINK("http://x")'], ['+1+1'], ['-2+3'], ['@SUM(A1:A2)'], ['\t=1+1'], ['\r=1+1']])(
    'prefixes %j with a single quote',
    (value) => {
      expect(safeCell(value)).toBe(`'${value}`);
    },
  );

  it('leaves harmless text alone, including formula characters later in the text', () => {
    expect(safeCell('学习贯彻党的二十大精神')).toBe('学习贯彻党的二十大精神');
    expect(safeCell('A=B')).toBe('A=B');
    expect(safeCell(' =1+1')).toBe(' =1+1');
    expect(safeCell("'=1+1")).toBe("'=1+1");
    expect(safeCell('')).toBe('');
  });

  it('leaves numbers, null and undefined unchanged', () => {
    expect(safeCell(-5)).toBe(-5);
    expect(safeCell(0)).toBe(0);
    expect(safeCell(null)).toBeNull();
    expect(safeCell(undefined)).toBeUndefined();
  });
});
