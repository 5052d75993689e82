'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = { action: FormAction; defaultFrom: string; defaultTo: string; defaultAmount: string; today: string };

/** 上缴: what the branch passed to the higher committee, for which months. */
export function HandoverForm({ action, defaultFrom, defaultTo, defaultAmount, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  return (
    <form onSubmit={onSubmit} aria-label="登记上缴" className="grid gap-4 sm:grid-cols-2" noValidate>
      <InputField
        label="起始月份"
        name="fromMonth"
        type="month"
        required
        defaultValue={defaultFrom}
        error={errors('fromMonth')}
      />
      <InputField
        label="截止月份"
        name="toMonth"
        type="month"
        required
        defaultValue={defaultTo}
        error={errors('toMonth')}
      />
      <InputField
        label="上缴金额（元）"
        name="amount"
        inputMode="decimal"
        required
        defaultValue={defaultAmount}
        error={errors('amount')}
      />
      <InputField
        label="上缴日期"
        name="handedOn"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={errors('handedOn')}
      />
      <InputField label="接收的上级党组织" name="recipient" required maxLength={60} error={errors('recipient')} />
      <InputField label="收据号" name="receiptNo" maxLength={40} error={errors('receiptNo')} />
      <InputField label="备注" name="note" maxLength={200} className="sm:col-span-2" error={errors('note')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          登记上缴
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
