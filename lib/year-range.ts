/** The first year the app keeps records for; the year switcher offers it up to next year. */
export const firstYear = 2021;

export function currentYear(now = new Date()): number {
  return Number(now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
}
