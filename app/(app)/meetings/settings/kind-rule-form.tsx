'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { type RulePeriod, rulePeriodLabels, rulePeriods } from '@/lib/meetings/model';

type Props = {
  action: FormAction;
  kind: { id: number; version: number; name: string; period: RulePeriod | null; minCount: number };
};

const control = 'h-9 rounded-md border-0 bg-white px-2 text-sm ring-1 ring-stone-300';

export function KindRuleForm({ action, kind }: Props) {
  const { onSubmit, pending, state, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} aria-label={kind.name} className="flex flex-wrap items-center gap-3 py-3">
      <input type="hidden" name="id" value={kind.id} />
      <input type="hidden" name="version" value={kind.version} />
      <span className="w-28 font-medium">{kind.name}</span>
      <label className="flex items-center gap-1 text-sm">
        频次
        <select name="period" defaultValue={kind.period ?? ''} className={control}>
          <option value="">不作要求</option>
          {rulePeriods.map((p) => (
            <option key={p} value={p}>
              {rulePeriodLabels[p]}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-1 text-sm">
        至少
        <input
          name="minCount"
          type="number"
          min={0}
          max={31}
          defaultValue={kind.minCount}
          className={`${control} w-16`}
        />
        次
      </label>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        保存
      </Button>
      {state && <FormStatus state={state} className="text-xs" />}
      {errors('minCount') && <span className="text-xs text-red-700">{errors('minCount')!.join('；')}</span>}
    </form>
  );
}
