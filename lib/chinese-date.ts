/** '2023-07-01' → '2023年7月1日', as a date is written in Chinese prose. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
