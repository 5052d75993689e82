'use client';
import { useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { type DuesCategory, duesBaseLabels, duesCategories, duesCategoryLabels, isBanded } from '@/lib/dues/model';

type Props = {
  action: FormAction;
  personId: number;
  defaultCategory?: DuesCategory;
  defaultMonth: string;
  today: string;
};

const categoryOptions = duesCategories.map((c) => ({ value: c, label: duesCategoryLabels[c] }));

/** 核定 a member's base from a month on; a change within the year asks why. */
export function BaseForm({ action, personId, defaultCategory = 'in_service', defaultMonth, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  const [category, setCategory] = useState<DuesCategory>(defaultCategory);
  return (
    <form onSubmit={onSubmit} aria-label="核定党费基数" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="personId" value={personId} />
      <SelectField
        label="党员类别"
        name="category"
        required
        options={categoryOptions}
        value={category}
        onChange={(e) => setCategory(e.target.value as DuesCategory)}
        error={errors('category')}
      />
      {isBanded(category) && (
        <InputField
          label={`${duesBaseLabels[category]}（元）`}
          name="base"
          inputMode="decimal"
          required
          error={errors('base')}
        />
      )}
      {category === 'farmer' && (
        <InputField
          label="每月交纳金额（元）"
          name="fixed"
          inputMode="decimal"
          required
          hint="0.2元至1元"
          error={errors('fixed')}
        />
      )}
      <InputField
        label="起始月份"
        name="effectiveMonth"
        type="month"
        required
        defaultValue={defaultMonth}
        error={errors('effectiveMonth')}
      />
      <InputField
        label="核定日期"
        name="assessedOn"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={errors('assessedOn')}
      />
      <InputField label="调整原因" name="reason" maxLength={200} hint="年度中间调整时必填" error={errors('reason')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          核定基数
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
