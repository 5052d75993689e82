import { describe, expect, it } from 'vitest';
import { fenToYuan, formatYuan, yuanToFen } from '@/lib/money';

describe('yuanToFen', () => {
  it.each([
    ['0.01', 1],
    ['1000.10', 100010],
    ['1000.1', 100010],
    ['35.5元', 3550],
    [' 8 ', 800],
    ['0', 0],
    [19.99, 1999],
    ['100000000', 10_000_000_000],
  ])('reads %j as %d 分', (text, fen) => {
    expect(yuanToFen(text)).toBe(fen);
  });

  it.each([
    ['0.001', '两位小数'],
    ['12.345', '两位小数'],
    ['-5', '负数'],
    ['-0.01', '负数'],
    ['abc', '应为数字'],
    ['1e3', '应为数字'],
    ['1,000', '应为数字'],
    ['', '应为数字'],
    ['100000000.01', '1亿元'],
  ])('refuses %j (%s)', (text, reason) => {
    const read = yuanToFen(text);
    expect(typeof read).toBe('object');
    expect((read as { problem: string }).problem).toContain(reason);
  });
});

describe('fenToYuan and formatYuan', () => {
  it('write 分 back as 元 with two decimals', () => {
    expect(fenToYuan(1)).toBe('0.01');
    expect(fenToYuan(100010)).toBe('1000.10');
    expect(fenToYuan(0)).toBe('0.00');
    expect(fenToYuan(-250)).toBe('-2.50');
    expect(formatYuan(123456789)).toBe('1,234,567.89 元');
  });

  it('round-trips every amount a cent at a time without float error', () => {
    for (let fen = 0; fen < 3000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});
