'use client';
import { useEffect, useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { randomInitialPassword, roleForCommitteeTitle, roleMismatch } from '@/lib/accounts/suggestions';
import { branchRoles, type Role, roleLabels } from '@/lib/auth/roles';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

type Person = {
  id: number;
  name: string;
  politicalStatus: PoliticalStatus;
  committeeTitle: string | null;
  suggestedUsername: string;
};
type Props = { action: FormAction; people: Person[] };

const browserRandomInts = (bounds: number[]) => {
  const values = crypto.getRandomValues(new Uint32Array(bounds.length));
  return bounds.map((bound, i) => values[i] % bound);
};

const blank = { personId: '', username: '', role: 'member' as Role, initialPassword: '' };

/**
 * Choosing a person fills in what usually goes with them: a username from their name and the role
 * their 支委职务 suggests; both stay editable. After a create the whole form starts over.
 */
export function CreateAccountForm({ action, people }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const [values, setValues] = useState(blank);
  useEffect(() => {
    if (state?.ok) setValues(blank);
  }, [state]);
  const person = people.find((p) => String(p.id) === values.personId);
  const warning = person ? roleMismatch(values.role, person.committeeTitle) : null;

  function choosePerson(personId: string) {
    const chosen = people.find((p) => String(p.id) === personId);
    setValues((v) => ({
      ...v,
      personId,
      username: chosen?.suggestedUsername ?? '',
      role: roleForCommitteeTitle(chosen?.committeeTitle ?? null),
    }));
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      <SelectField
        label="人员"
        name="personId"
        required
        placeholder="请选择"
        error={errors('personId')}
        value={values.personId}
        onChange={(e) => choosePerson(e.target.value)}
        options={people.map((p) => ({
          value: p.id,
          label: `${p.name}（${p.committeeTitle ?? politicalStatusLabels[p.politicalStatus]}）`,
        }))}
      />
      <InputField
        label="用户名"
        name="username"
        required
        autoCapitalize="none"
        autoComplete="off"
        hint="按姓名拼音建议，可修改"
        error={errors('username')}
        value={values.username}
        onChange={(e) => setValues((v) => ({ ...v, username: e.target.value }))}
      />
      <div>
        <SelectField
          label="角色"
          name="role"
          required
          error={errors('role')}
          value={values.role}
          onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}
          options={branchRoles.map((r) => ({ value: r, label: roleLabels[r] }))}
        />
        {warning && <p className="mt-1 text-xs text-amber-800">{warning}</p>}
      </div>
      <div>
        <InputField
          label="初始密码"
          name="initialPassword"
          type="text"
          required
          autoComplete="off"
          hint="至少8位，含字母和数字；首次登录须修改"
          error={errors('initialPassword')}
          value={values.initialPassword}
          onChange={(e) => setValues((v) => ({ ...v, initialPassword: e.target.value }))}
        />
        <Button
          type="button"
          size="sm"
          variant="secondary"
          className="mt-1"
          onClick={() => setValues((v) => ({ ...v, initialPassword: randomInitialPassword(browserRandomInts) }))}
        >
          生成随机密码
        </Button>
      </div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending}>
          {pending ? '正在创建…' : '创建账户'}
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
