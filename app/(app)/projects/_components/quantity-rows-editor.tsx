'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import type { OutputTypeRow } from '@/db/queries/projects';
import { outputCategories, outputCategoryLabels } from '@/lib/service/model';

export type QuantityDraft = { outputTypeId: number | null; quantity: string; note: string };

type Props = {
  legend: string;
  /** Form field the rows are sent in, as JSON. */
  name: string;
  types: OutputTypeRow[];
  initial?: { outputTypeId: number; quantity: number; note: string | null }[];
  addLabel: string;
  error?: string[];
};

const inputClass =
  'h-9 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300 focus:ring-2 focus:ring-brand-600 focus:outline-none';

/** Rows of "so much of an output type": an activity's outputs or a project's targets. */
export function QuantityRowsEditor({ legend, name, types, initial = [], addLabel, error }: Props) {
  const [rows, setRows] = useState<QuantityDraft[]>(() =>
    initial.map((r) => ({ outputTypeId: r.outputTypeId, quantity: String(r.quantity), note: r.note ?? '' })),
  );
  const update = (index: number, patch: Partial<QuantityDraft>) =>
    setRows((all) => all.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const payload = rows
    .filter((r) => r.outputTypeId !== null || r.quantity !== '')
    .map((r) => ({ outputTypeId: r.outputTypeId, quantity: r.quantity, note: r.note }));

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-700">{legend}</legend>
      <input type="hidden" name={name} value={JSON.stringify(payload)} />
      {rows.length === 0 && <p className="text-sm text-stone-500">暂无，点击下方按钮添加。</p>}
      <ol className="space-y-2">
        {rows.map((row, index) => {
          const unit = types.find((t) => t.id === row.outputTypeId)?.unit;
          return (
            <li key={index} className="flex flex-wrap items-center gap-2">
              <select
                aria-label={`第${index + 1}项 类型`}
                value={row.outputTypeId ?? ''}
                onChange={(e) => update(index, { outputTypeId: Number(e.target.value) || null })}
                className={`${inputClass} min-w-36`}
              >
                <option value="">请选择</option>
                {outputCategories.map((category) => {
                  const inCategory = types.filter((t) => t.category === category);
                  return inCategory.length ? (
                    <optgroup key={category} label={outputCategoryLabels[category]}>
                      {inCategory.map((t) => (
                        <option key={t.id} value={t.id}>
                          {t.name}（{t.unit}）
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
              <span className="flex items-center gap-1">
                <input
                  aria-label={`第${index + 1}项 数量`}
                  inputMode="decimal"
                  value={row.quantity}
                  onChange={(e) => update(index, { quantity: e.target.value })}
                  className={`${inputClass} w-28 text-right tabular-nums`}
                />
                <span className="w-8 text-sm text-stone-600">{unit}</span>
              </span>
              <input
                aria-label={`第${index + 1}项 说明`}
                placeholder="说明（选填）"
                value={row.note}
                onChange={(e) => update(index, { note: e.target.value })}
                className={`${inputClass} min-w-0 flex-1 basis-40`}
              />
              <button
                type="button"
                onClick={() => setRows((all) => all.filter((_, i) => i !== index))}
                className="text-sm text-stone-500 hover:text-red-700"
              >
                移除<span className="sr-only">第{index + 1}项</span>
              </button>
            </li>
          );
        })}
      </ol>
      <Button
        type="button"
        variant="secondary"
        size="sm"
        onClick={() => setRows((all) => [...all, { outputTypeId: null, quantity: '', note: '' }])}
      >
        {addLabel}
      </Button>
      {error?.length ? <p className="text-xs text-red-700">{error.join('；')}</p> : null}
    </fieldset>
  );
}
