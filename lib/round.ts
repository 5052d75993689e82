/**
 * A number rounded to `digits` decimals the way SQLite's round() does it, by the number's decimal expansion:
 * 0.15 (stored as 0.1499…) gives 0.1, not the 0.2 that Math.round(0.15 * 10) / 10 gives. Figures counted in
 * SQL and figures added up here must round alike, or a report and its opened figure disagree.
 */
export function roundDecimal(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}
