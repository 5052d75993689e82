import { describe, expect, it } from 'vitest';
import { monthlyDue } from '@/lib/dues/rates';

const due = (category: Parameters<typeof monthlyDue>[0], baseFen: number | null, fixedFen: number | null = null) =>
  monthlyDue(category, baseFen, fixedFen).fen;

describe('monthlyDue', () => {
  it('applies the in-service bands to the whole base, each upper bound inclusive', () => {
    expect(due('in_service', 300_000)).toBe(1500);
    expect(due('in_service', 300_001)).toBe(3000);
    expect(due('in_service', 500_000)).toBe(5000);
    expect(due('in_service', 500_001)).toBe(7500);
    expect(due('in_service', 1_000_000)).toBe(15000);
    expect(due('in_service', 1_000_001)).toBe(20000);
  });

  it('uses the same bands for annual-salary and self-employed members', () => {
    expect(due('annual_salary', 800_000)).toBe(12000);
    expect(due('self_employed', 250_000)).toBe(1250);
  });

  it('applies the retirees’ bands: 0.5% up to 5000 元 inclusive, 1% above', () => {
    expect(due('retired', 500_000)).toBe(2500);
    expect(due('retired', 500_001)).toBe(5000);
    expect(due('retired', 300_001)).toBe(1500);
  });

  it('rounds a share to the 分, half up, in integers', () => {
    expect(due('in_service', 123_456)).toBe(617); // 6.1728
    expect(due('in_service', 100_100)).toBe(501); // 5.005
    expect(due('in_service', 0)).toBe(0);
  });

  it('charges farmers the amount set, kept within 0.2–1 元', () => {
    expect(due('farmer', null, 50)).toBe(50);
    expect(due('farmer', null, 5)).toBe(20);
    expect(due('farmer', null, 500)).toBe(100);
    expect(due('farmer', null, null)).toBe(100);
  });

  it('charges students, unemployed members and members on relief 0.2 元', () => {
    for (const category of ['student', 'unemployed', 'hardship'] as const) expect(due(category, 900_000)).toBe(20);
  });

  it('names the rule that gave the amount', () => {
    expect(monthlyDue('in_service', 300_001, null).rule).toBe(
      '在职：基数 3000.01 元，3000元以上至5000元（含）按 1% 交纳',
    );
    expect(monthlyDue('in_service', 300_000, null).rule).toContain('3000元（含）以下按 0.5%');
    expect(monthlyDue('retired', 600_000, null).rule).toContain('5000元以上按 1%');
    expect(monthlyDue('student', null, null).rule).toBe('学生：每月交纳 0.20 元');
  });
});
