'use client';
import { useTransition } from 'react';
import type { ActionState } from '@/lib/actions/result';

type Props = {
  label: string;
  name: string;
  value: number;
  options: { value: number; label: string }[];
  action: (state: ActionState | undefined, payload: FormData) => Promise<ActionState>;
};

export const preferenceSelectClass =
  'h-9 max-w-[12rem] rounded-md border-0 bg-white py-1 pr-7 pl-2 text-sm text-stone-900 ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600';

/** A compact select in the top bar that switches the branch as soon as it changes. */
export function PreferenceSelect({ label, name, value, options, action }: Props) {
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-1.5 text-sm text-stone-600">
      <span className="whitespace-nowrap">{label}</span>
      <select
        name={name}
        defaultValue={value}
        disabled={pending}
        onChange={(event) => {
          const data = new FormData();
          data.set(name, event.target.value);
          startTransition(async () => {
            await action(undefined, data);
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
