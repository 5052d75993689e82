import { describe, expect, it } from 'vitest';
import { figureNumberText, moneyText, quantityText } from '@/lib/report/figure-number';

describe('figureNumberText', () => {
  it('writes counts and small sums in plain digits', () => {
    expect(figureNumberText(12)).toBe('12');
    expect(figureNumberText(3650)).toBe('3650');
    expect(figureNumberText(0)).toBe('0');
    expect(figureNumberText(12.5)).toBe('12.5');
    expect(figureNumberText(2.0000001)).toBe('2');
  });

  it('writes whole hundreds from ten thousand on with 万, so the sentence’s unit follows', () => {
    expect(figureNumberText(80000)).toBe('8万');
    expect(figureNumberText(32000)).toBe('3.2万');
    expect(figureNumberText(10000)).toBe('1万');
    expect(figureNumberText(1234500)).toBe('123.45万');
    expect(`投入资金${figureNumberText(80000)}元`).toBe('投入资金8万元');
  });

  it('keeps exact digits when 万 would round the value', () => {
    expect(figureNumberText(12345)).toBe('12345');
    expect(figureNumberText(10050)).toBe('10050');
  });

  it('writes a quantity in running text', () => {
    expect(quantityText('投入资金', 80000, '元')).toBe('投入资金8万元');
    expect(quantityText('大米', 20, '袋')).toBe('大米20袋');
  });
});

describe('moneyText', () => {
  it('writes whole 元 like any figure', () => {
    expect(moneyText(3650)).toBe('3650');
    expect(moneyText(80000)).toBe('8万');
    expect(moneyText(0)).toBe('0');
  });

  it('writes 角 and 分 as two decimals', () => {
    expect(moneyText(0.3)).toBe('0.30');
    expect(moneyText(0.1 + 0.2)).toBe('0.30');
    expect(moneyText(1234.5)).toBe('1234.50');
    expect(moneyText(12345.67)).toBe('12345.67');
    expect(moneyText(0.01)).toBe('0.01');
  });
});
