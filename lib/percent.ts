import { roundDecimal } from '@/lib/round';

/**
 * A percentage with one decimal, rounded as the report's rates are (in SQL), or null when there is nothing to
 * divide: 2 of 3 → 66.7.
 */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? roundDecimal((100 * part) / whole, 1) : null;
}
