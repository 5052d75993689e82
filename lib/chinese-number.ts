const digits = '〇一二三四五六七八九';

/** 1 → '一', 10 → '十', 12 → '十二', 20 → '二十', 35 → '三十五' (1 to 99, as list headings number them). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${digits[tens]}十`}${ones === 0 ? '' : digits[ones]}`;
}
