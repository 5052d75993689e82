'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { PeopleChecklist } from '@/components/people/people-checklist';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { type LedgerLevel, type LedgerShape, ledgerLevelLabels, ledgerLevels } from '@/lib/ledgers/model';
import { fenToYuan } from '@/lib/money';
import type { PoliticalStatus } from '@/lib/people/model';

type Entry = {
  id: number;
  version: number;
  date: string;
  title: string;
  quantity: number | null;
  amountFen: number | null;
  level: LedgerLevel | null;
  tags: string[];
  note: string | null;
  people: { id: number; name: string }[];
};

type Props = {
  action: FormAction;
  ledgerId: number;
  shape: LedgerShape;
  people: { id: number; name: string; politicalStatus: PoliticalStatus }[];
  today: string;
  /** The entry to edit; without it the form records a new one. */
  entry?: Entry;
  defaultDate?: string;
};

/** An entry of a ledger with the fields the ledger keeps. */
export function EntryForm({ action, ledgerId, shape, people, today, entry, defaultDate }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !entry });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={entry ? `修改 ${entry.title}` : '登记记录'}
      className="grid gap-4 sm:grid-cols-[10rem_1fr]"
      noValidate
    >
      {entry ? (
        <>
          <input type="hidden" name="id" value={entry.id} />
          <input type="hidden" name="version" value={entry.version} />
        </>
      ) : (
        <input type="hidden" name="ledgerId" value={ledgerId} />
      )}
      <InputField
        label="日期"
        name="date"
        type="date"
        required
        max={today}
        defaultValue={entry?.date ?? defaultDate}
        error={errors('date')}
      />
      <InputField
        label="名称"
        name="title"
        required
        maxLength={120}
        defaultValue={entry?.title}
        error={errors('title')}
      />
      {shape.tags.length > 0 && (
        <fieldset className="space-y-1 sm:col-span-2">
          <legend className="text-sm font-medium text-stone-700">标签</legend>
          <div className="flex flex-wrap gap-x-4">
            {shape.tags.map((tag) => (
              <label key={tag} className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
                <input
                  type="checkbox"
                  name="tags"
                  value={tag}
                  defaultChecked={entry?.tags.includes(tag)}
                  className="size-4 accent-brand-700"
                />
                {tag}
              </label>
            ))}
          </div>
          {errors('tags') && <p className="text-xs text-red-700">{errors('tags')!.join('；')}</p>}
        </fieldset>
      )}
      {shape.hasLevel && (
        <SelectField
          label="级别"
          name="level"
          placeholder="（不填）"
          defaultValue={entry?.level ?? ''}
          options={ledgerLevels.map((l) => ({ value: l, label: ledgerLevelLabels[l] }))}
          error={errors('level')}
        />
      )}
      {(shape.quantityUnit || shape.hasAmount) && (
        <div className="flex flex-wrap gap-4 sm:col-span-2">
          {shape.quantityUnit && (
            <InputField
              label={`数量（${shape.quantityUnit}）`}
              name="quantity"
              type="number"
              inputMode="decimal"
              min={0.01}
              step="any"
              defaultValue={entry?.quantity ?? ''}
              error={errors('quantity')}
              className="w-36"
            />
          )}
          {shape.hasAmount && (
            <InputField
              label="金额（元）"
              name="amount"
              inputMode="decimal"
              defaultValue={entry?.amountFen === null || !entry ? '' : fenToYuan(entry.amountFen)}
              hint="最多两位小数，如 1200.50"
              error={errors('amount')}
              className="w-44"
            />
          )}
        </div>
      )}
      {shape.hasPeople && (
        <div className="sm:col-span-2">
          <PeopleChecklist
            legend="人员"
            name="personIds"
            people={people}
            defaultChecked={entry?.people.map((p) => p.id)}
            error={errors('personIds')}
          />
        </div>
      )}
      <InputField
        label="备注"
        name="note"
        maxLength={300}
        defaultValue={entry?.note ?? ''}
        error={errors('note')}
        className="sm:col-span-2"
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {entry ? '保存记录' : '登记记录'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
