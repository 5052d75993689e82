'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { LedgerShape } from '@/lib/ledgers/model';

type Ledger = LedgerShape & { id: number; version: number; name: string; description: string | null };

const switches = [
  { name: 'hasPeople', label: '登记人员（受表彰、在岗、参加的人）' },
  { name: 'hasLevel', label: '登记级别（国家级至单位）' },
  { name: 'hasAmount', label: '登记金额（元）' },
  { name: 'hasAttachments', label: '可上传附件（照片、扫描件）' },
] as const;

/** Defines a ledger from scratch, or changes one's name and what its entries hold. */
export function LedgerForm({ action, ledger }: { action: FormAction; ledger?: Ledger }) {
  const { state, pending, onSubmit, errors } = useActionForm(action, { resetOnSuccess: !ledger });
  return (
    <form
      onSubmit={onSubmit}
      aria-label={ledger ? '台账设置' : '新建台账'}
      className="grid gap-4 sm:grid-cols-[1fr_8rem_8rem]"
      noValidate
    >
      {ledger && (
        <>
          <input type="hidden" name="id" value={ledger.id} />
          <input type="hidden" name="version" value={ledger.version} />
        </>
      )}
      <InputField
        label="台账名称"
        name="name"
        required
        maxLength={30}
        defaultValue={ledger?.name}
        error={errors('name')}
      />
      <InputField
        label="计数单位"
        name="unit"
        required
        maxLength={6}
        defaultValue={ledger?.unit ?? '项'}
        hint="每条记录记作1（项、次、笔）"
        error={errors('unit')}
      />
      <InputField
        label="数量单位"
        name="quantityUnit"
        maxLength={6}
        defaultValue={ledger?.quantityUnit ?? ''}
        hint="如 平方米、户；空着则不登记数量"
        error={errors('quantityUnit')}
      />
      <InputField
        label="说明"
        name="description"
        maxLength={200}
        defaultValue={ledger?.description ?? ''}
        error={errors('description')}
        className="sm:col-span-3"
      />
      <TextAreaField
        label="标签"
        name="tags"
        rows={3}
        defaultValue={ledger?.tags.join('\n')}
        hint="每行一个，最多20个；记录从中选择。空着则不分标签"
        error={errors('tags')}
        className="sm:col-span-3"
      />
      <fieldset className="space-y-1 sm:col-span-3">
        <legend className="text-sm font-medium text-stone-700">每条记录还登记</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {switches.map((s) => (
            <label key={s.name} className="flex min-h-11 items-center gap-2 text-sm text-stone-800">
              <input
                type="checkbox"
                name={s.name}
                defaultChecked={ledger?.[s.name]}
                className="size-4 accent-brand-700"
              />
              {s.label}
            </label>
          ))}
        </div>
        {switches
          .flatMap((s) => errors(s.name) ?? [])
          .map((message) => (
            <p key={message} className="text-xs text-red-700">
              {message}
            </p>
          ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-3">
        <Button type="submit" variant={ledger ? 'secondary' : 'primary'} disabled={pending}>
          {ledger ? '保存台账设置' : '建立台账'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
