'use client';
import { usePathname, useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { ActionState } from '@/lib/actions/result';
import { pathForYear, yearInPath } from '@/lib/year-path';

type Props = {
  label: string;
  name: string;
  value: number;
  options: { value: number; label: string }[];
  action: (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;
  /**
   * The year switcher's: on a page whose address names a year (`/report/2023`) it shows that year and,
   * when changed, opens the same page for the chosen year; everywhere the choice is also kept.
   */
  followsAddressYear?: boolean;
};

export const preferenceSelectClass =
  'h-11 max-w-[12rem] sm:h-9 rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm text-stone-900 ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600';

/** A compact select in the top bar (branch, year) that switches as soon as it changes. */
export function PreferenceSelect({ label, name, value, options, action, followsAddressYear = false }: Props) {
  const pathname = usePathname();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const onScreen = (followsAddressYear && yearInPath(pathname)) || value;
  return (
    <label className="flex items-center gap-1.5 text-sm text-stone-600">
      <span className="whitespace-nowrap">{label}</span>
      {/* Keyed by what is on screen: the choice shows at once, and the select starts over whenever the
          address or the stored choice moves (the back button too), so it never outlives the page. */}
      <select
        key={onScreen}
        name={name}
        defaultValue={onScreen}
        disabled={pending}
        onChange={(event) => {
          const data = new FormData();
          data.set(name, event.target.value);
          const target = followsAddressYear && pathForYear(pathname, Number(event.target.value));
          startTransition(async () => {
            await action(undefined, data);
            if (target) router.push(`${target}${window.location.search}`);
          });
        }}
        className={preferenceSelectClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
