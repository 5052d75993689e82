'use client';
import { useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { type ReliefKind, reliefKindLabels, reliefKinds } from '@/lib/dues/model';

type Props = { action: FormAction; personId: number; defaultMonth: string; today: string };

const kindOptions = reliefKinds.map((k) => ({ value: k, label: reliefKindLabels[k] }));

/** An approved 少交 or 免交: the branch decided it, the higher committee approved it, until a month. */
export function ReliefForm({ action, personId, defaultMonth, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  const [kind, setKind] = useState<ReliefKind>('exempt');
  return (
    <form onSubmit={onSubmit} aria-label="登记少交或免交" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="personId" value={personId} />
      <SelectField
        label="类型"
        name="kind"
        required
        options={kindOptions}
        value={kind}
        onChange={(e) => setKind(e.target.value as ReliefKind)}
        error={errors('kind')}
      />
      {kind === 'reduced' && (
        <InputField label="每月交纳金额（元）" name="monthly" inputMode="decimal" required error={errors('monthly')} />
      )}
      <InputField
        label="起始月份"
        name="fromMonth"
        type="month"
        required
        defaultValue={defaultMonth}
        error={errors('fromMonth')}
      />
      <InputField label="截止月份" name="untilMonth" type="month" required error={errors('untilMonth')} />
      <InputField
        label="原因"
        name="reason"
        required
        maxLength={200}
        className="sm:col-span-2"
        error={errors('reason')}
      />
      <InputField label="支部决定日期" name="decidedOn" type="date" required max={today} error={errors('decidedOn')} />
      <InputField label="批准的上级党组织" name="approvedBy" required maxLength={60} error={errors('approvedBy')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          保存
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
