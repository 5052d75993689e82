/** A percentage with one decimal (rounded), or null when there is nothing to divide: 2 of 3 → 66.7. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}
