import 'server-only';
import { cookies } from 'next/headers';

export const yearCookie = 'zhibu-year';
export const firstYear = 2021;

export function currentYear(now = new Date()): number {
  return Number(now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
}

/** The working year chosen with the year switcher; this year by default. */
export async function getSelectedYear(): Promise<number> {
  const chosen = Number((await cookies()).get(yearCookie)?.value);
  return Number.isInteger(chosen) && chosen >= firstYear && chosen <= currentYear() + 1 ? chosen : currentYear();
}

export function selectableYears(): number[] {
  const years: number[] = [];
  for (let y = currentYear() + 1; y >= firstYear; y--) years.push(y);
  return years;
}
