import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { roundDecimal } from '@/lib/round';

describe('roundDecimal', () => {
  it('rounds as SQLite’s round() does, where Math.round on the scaled number would not', () => {
    const sqlite = new Database(':memory:');
    const values = [0.15, 1.15, 2.675, 0.25, (100 * 23) / 2000, 66.65, 1 / 3, 12.5, 0, 99.95, 1234.5678];
    for (const digits of [0, 1, 2]) {
      for (const value of values) {
        const expected = sqlite.prepare('select round(?, ?) as r').get(value, digits) as { r: number };
        expect({ value, digits, rounded: roundDecimal(value, digits) }).toEqual({ value, digits, rounded: expected.r });
      }
    }
    expect(Math.round(0.15 * 10) / 10).not.toBe(roundDecimal(0.15, 1));
    sqlite.close();
  });
});
