'use client';
import { useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';

type Props = {
  action: FormAction;
  person: { id: number; version: number; name: string };
  today: string;
  /** The other branches of the organisation's tree, which receive the member here. */
  destinations: { id: number; name: string }[];
};

/** 组织关系转接: to a branch here, or out of the app to an organisation named as on the introduction letter. */
export function TransferForm({ action, person, today, destinations }: Props) {
  const [inside, setInside] = useState(destinations.length > 0);
  const { state, pending, onSubmit, errors } = useActionForm(action, {
    confirm: `确认将${person.name}的组织关系转出本支部？转出后其在本支部的记录保留，名册中不再列出。`,
  });
  return (
    <form onSubmit={onSubmit} aria-label="组织关系转出" className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="id" value={person.id} />
      <input type="hidden" name="version" value={person.version} />
      <InputField
        label="转出日期"
        name="leftOn"
        type="date"
        required
        max={today}
        defaultValue={today}
        error={errors('leftOn')}
      />
      <fieldset className="sm:col-span-2">
        <legend className="mb-1 text-sm font-medium text-stone-700">转往</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          <label className="flex items-center gap-1.5">
            <input
              type="radio"
              name="where"
              checked={inside}
              onChange={() => setInside(true)}
              disabled={!destinations.length}
            />
            本系统内的党支部
          </label>
          <label className="flex items-center gap-1.5">
            <input type="radio" name="where" checked={!inside} onChange={() => setInside(false)} />
            系统外的党组织
          </label>
        </div>
      </fieldset>
      {inside ? (
        <SelectField
          label="转入支部"
          name="toBranchId"
          required
          defaultValue=""
          placeholder="请选择"
          options={destinations.map((b) => ({ value: b.id, label: b.name }))}
          error={errors('toBranchId')}
        />
      ) : (
        <InputField
          label="接收党组织"
          name="toOrganisation"
          required
          maxLength={60}
          hint="按介绍信填写，如：中共某某委员会某某党支部"
          error={errors('toOrganisation') ?? errors('toBranchId')}
        />
      )}
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" variant="danger" disabled={pending}>
          转出组织关系
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
