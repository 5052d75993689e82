/** What Excel (and LibreOffice) may read as the start of a formula or a DDE command. */
const formulaStart = /^[=+\-@\t\r]/;

export type SafeCell<T> = T extends string ? string : T;

/**
 * A value for a spreadsheet cell that cannot be taken for a formula: text starting with
 * = + - @, a tab or a carriage return gets a leading single quote (CSV/formula injection).
 * Everything else, numbers included, is returned unchanged.
 */
export function safeCell<T>(value: T): SafeCell<T> {
  if (typeof value === 'string' && formulaStart.test(value)) return `'${value}` as SafeCell<T>;
  return value as SafeCell<T>;
}
