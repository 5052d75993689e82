'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { preferenceSelectClass } from '@/components/shell/preference-select';
import type { ActionState } from '@/lib/actions/result';
import { pathForYear, yearInPath } from '@/lib/year-path';

type Props = {
  /** The working year kept in the cookie. */
  year: number;
  years: number[];
  action: (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;
};

/**
 * The top bar's year switcher. On a page whose address names a year (`/report/2023`) it shows that year
 * and, when changed, opens the same page for the chosen year; everywhere it also keeps the choice as the
 * working year for the pages that follow the cookie.
 */
export function YearSelect({ year, years, action }: Props) {
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const onScreen = yearInPath(pathname) ?? year;
  // The year just chosen, shown until the address or the cookie catches up with it; forgotten once either
  // moves (also by the browser's back button), so the select never outlives what the page shows.
  const [chosen, setChosen] = useState<number | null>(null);
  const [basis, setBasis] = useState(`${pathname}|${onScreen}`);
  if (basis !== `${pathname}|${onScreen}`) {
    setBasis(`${pathname}|${onScreen}`);
    setChosen(null);
  }
  const shown = chosen ?? onScreen;
  const options = years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);

  return (
    <label className="flex items-center gap-1.5 text-sm text-stone-600">
      <span className="whitespace-nowrap">年度</span>
      <select
        name="year"
        value={shown}
        disabled={pending}
        onChange={(event) => {
          const next = Number(event.target.value);
          const target = pathForYear(pathname, next);
          setChosen(next);
          const data = new FormData();
          data.set('year', String(next));
          startTransition(async () => {
            const result = await action(undefined, data);
            if (target) router.push(`${target}${window.location.search}`);
            else if (!result?.ok) setChosen(null);
          });
        }}
        className={preferenceSelectClass}
      >
        {options.map((y) => (
          <option key={y} value={y}>
            {y}年
          </option>
        ))}
      </select>
    </label>
  );
}
