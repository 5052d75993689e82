'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { PeopleChecklist } from '@/components/people/people-checklist';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { paymentMethodLabels, paymentMethods } from '@/lib/dues/model';
import type { PoliticalStatus } from '@/lib/people/model';

type Props = {
  action: FormAction;
  /** Those who may pay; one person: the form records their payment alone and may take another amount. */
  people: { id: number; name: string; politicalStatus: PoliticalStatus }[];
  defaultFrom: string;
  defaultTo: string;
  today: string;
};

const methodOptions = paymentMethods.map((m) => ({ value: m, label: paymentMethodLabels[m] }));

/**
 * 登记交纳: one or many members, the same months, the same day. Each pays what the months are due unless
 * another amount is given (for one member), which then needs its reason.
 */
export function PaymentForm({ action, people, defaultFrom, defaultTo, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: true });
  const single = people.length === 1 ? people[0] : null;
  return (
    <form onSubmit={onSubmit} aria-label="登记交纳" className="grid gap-4 sm:grid-cols-2" noValidate>
      {single ? (
        <input type="hidden" name="personIds" value={single.id} />
      ) : (
        <div className="sm:col-span-2">
          <PeopleChecklist legend="交纳党员" name="personIds" people={people} error={errors('personIds')} />
        </div>
      )}
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
        hint="按季度或预交时选到最后一个月，最多预交一年"
      />
      <InputField
        label="交纳日期"
        name="paidOn"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={errors('paidOn')}
      />
      <SelectField
        label="交纳方式"
        name="method"
        required
        options={methodOptions}
        defaultValue="cash"
        error={errors('method')}
      />
      <InputField label="收据号" name="receiptNo" maxLength={40} error={errors('receiptNo')} />
      {single && (
        <InputField
          label="实交金额（元）"
          name={`amount.${single.id}`}
          inputMode="decimal"
          hint="留空则按应交金额登记"
          error={errors(`amounts.${single.id}`)}
        />
      )}
      <InputField
        label="金额与应交不符的原因"
        name="reason"
        maxLength={200}
        className="sm:col-span-2"
        hint={single ? '实交金额与应交不同时必填' : undefined}
        error={errors('reason')}
      />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          登记交纳
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
