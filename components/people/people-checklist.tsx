'use client';
import { useState } from 'react';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

type Person = { id: number; name: string; politicalStatus: PoliticalStatus };

type Props = {
  legend: string;
  /** Form field name; each ticked person is sent as one value. */
  name: string;
  people: Person[];
  defaultChecked?: number[];
  error?: string[];
};

/** Tick people from the roster; a filter box narrows a long list by name. */
export function PeopleChecklist({ legend, name, people, defaultChecked = [], error }: Props) {
  const [checked, setChecked] = useState(() => new Set(defaultChecked));
  const [filter, setFilter] = useState('');
  const shown = filter ? people.filter((p) => p.name.includes(filter.trim()) || checked.has(p.id)) : people;
  const toggle = (id: number) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-700">
        {legend}
        <span className="ml-2 font-normal text-stone-500">已选 {checked.size} 人</span>
      </legend>
      {people.length > 12 && (
        <input
          type="search"
          aria-label={`按姓名筛选${legend}`}
          placeholder="输入姓名筛选"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          className="block w-full max-w-xs rounded-md border-0 px-3 py-1.5 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600 focus:outline-none"
        />
      )}
      {/* Every ticked person is submitted, also those the filter hides. */}
      {[...checked].map((id) => (
        <input key={id} type="hidden" name={name} value={id} />
      ))}
      <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3 lg:grid-cols-4">
        {shown.map((p) => (
          <label key={p.id} className="flex min-h-9 items-center gap-2 text-sm text-stone-800">
            <input
              type="checkbox"
              checked={checked.has(p.id)}
              onChange={() => toggle(p.id)}
              className="size-4 accent-brand-700"
            />
            <span>{p.name}</span>
            {p.politicalStatus !== 'full' && (
              <span className="text-xs text-stone-500">{politicalStatusLabels[p.politicalStatus]}</span>
            )}
          </label>
        ))}
      </div>
      {error?.length ? <p className="text-xs text-red-700">{error.join('；')}</p> : null}
    </fieldset>
  );
}
