import 'server-only';
import { cookies } from 'next/headers';
import { currentYear } from '@/lib/clock';
import { firstYear, yearOrCurrent } from '@/lib/years';

export const yearCookie = 'zhibu-year';

/** The working year chosen with the year switcher; this year by default. */
export async function getSelectedYear(): Promise<number> {
  return yearOrCurrent((await cookies()).get(yearCookie)?.value);
}

export function selectableYears(): number[] {
  const years: number[] = [];
  for (let y = currentYear() + 1; y >= firstYear; y--) years.push(y);
  return years;
}
