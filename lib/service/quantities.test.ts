import { describe, expect, it } from 'vitest';
import { formatQuantity, targetProgress } from '@/lib/service/quantities';

describe('formatQuantity', () => {
  it('keeps money under 10,000 元 in 元', () => {
    expect(formatQuantity(3600, '元')).toBe('3,600 元');
    expect(formatQuantity(9999.5, '元')).toBe('9,999.5 元');
  });

  it('writes money from 10,000 元 in 万元', () => {
    expect(formatQuantity(10_000, '元')).toBe('1 万元');
    expect(formatQuantity(80_000, '元')).toBe('8 万元');
    expect(formatQuantity(125_500, '元')).toBe('12.55 万元');
  });

  it('leaves other units alone, however large', () => {
    expect(formatQuantity(20_000, '条')).toBe('20,000 条');
    expect(formatQuantity(12.5, '亩')).toBe('12.5 亩');
  });
});

describe('targetProgress', () => {
  const targets = [
    { outputTypeId: 1, quantity: 3000 },
    { outputTypeId: 2, quantity: 1 },
    { outputTypeId: 3, quantity: 0 },
  ];

  it('sets each target against what was achieved of its type', () => {
    const progress = targetProgress(
      targets,
      new Map([
        [1, 1200],
        [2, 1],
      ]),
    );
    expect(progress.map((p) => [p.achieved, p.share, p.met])).toEqual([
      [1200, 0.4, false],
      [1, 1, true],
      [0, 1, true],
    ]);
  });

  it('counts a target as met exactly at its quantity and caps the bar when exceeded', () => {
    expect(targetProgress([{ outputTypeId: 1, quantity: 3000 }], new Map([[1, 3000]]))[0]).toMatchObject({
      met: true,
      share: 1,
    });
    expect(targetProgress([{ outputTypeId: 1, quantity: 3000 }], new Map([[1, 4500]]))[0]).toMatchObject({
      met: true,
      share: 1,
    });
    expect(targetProgress([{ outputTypeId: 1, quantity: 3000 }], new Map([[1, 2999]]))[0].met).toBe(false);
  });

  it('ignores what was produced of types without a target', () => {
    expect(targetProgress([{ outputTypeId: 1, quantity: 10 }], new Map([[9, 100]]))[0].achieved).toBe(0);
  });
});
