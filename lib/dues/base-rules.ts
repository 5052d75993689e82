/**
 * A base set from a month when the person already has one from an earlier month of the same year is a
 * mid-year change (年度中间调整), which must say why. Months are 'YYYY-MM'.
 */
export function isMidYearChange(earlierMonths: readonly string[], effectiveMonth: string): boolean {
  const year = effectiveMonth.slice(0, 4);
  return earlierMonths.some((month) => month.startsWith(year) && month < effectiveMonth);
}
