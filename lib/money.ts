/*
 * Money (ledgers, dues): typed and shown in 元, stored in 分 as integers so that sums are exact. The
 * conversion works on the digits, never through a float.
 */

/** The largest amount one entry may carry: 1亿元. */
export const maxYuan = 100_000_000;

const yuanPattern = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * '1000.10' → 100010 分; a trailing 元 is allowed. A negative amount, more than two decimals or anything
 * not plainly a number (thousands separators included: '1,000' may be a European 1.000) is refused with
 * the reason.
 */
export function yuanToFen(value: string | number): number | { problem: string } {
  const text = String(value).trim().replace(/元$/, '').trim();
  if (text.startsWith('-')) return { problem: '金额不能为负数' };
  const match = yuanPattern.exec(text);
  if (!match) {
    if (/^\d+\.\d{3,}$/.test(text)) return { problem: '金额最多保留两位小数（到分）' };
    return { problem: '金额应为数字，单位为元，如 1200 或 1200.50' };
  }
  const [, whole, decimals = ''] = match;
  if (Number(whole) > maxYuan || (Number(whole) === maxYuan && Number(decimals) > 0))
    return { problem: '金额不能超过1亿元' };
  return Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
}

/** 100010 分 → '1000.10' (for inputs and spreadsheets). */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 100010 分 → '1,000.10 元' (for reading). */
export function formatYuan(fen: number): string {
  const [whole, decimals] = fenToYuan(fen).split('.');
  return `${Number(whole).toLocaleString('zh-CN')}.${decimals} 元`;
}
