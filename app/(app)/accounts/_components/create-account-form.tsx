'use client';
import { useActionForm, type FormAction } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { branchRoles, roleLabels } from '@/lib/auth/roles';
import { politicalStatusLabels, type PoliticalStatus } from '@/lib/domain/people';

type Props = { action: FormAction; people: { id: number; name: string; politicalStatus: PoliticalStatus }[] };

export function CreateAccountForm({ action, people }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" noValidate>
      <SelectField label="人员" name="personId" required placeholder="请选择" error={errors('personId')}
        options={people.map((p) => ({ value: p.id, label: `${p.name}（${politicalStatusLabels[p.politicalStatus]}）` }))} />
      <InputField label="用户名" name="username" required autoCapitalize="none" autoComplete="off" hint="小写字母开头，如 wanghy" error={errors('username')} />
      <SelectField label="角色" name="role" required defaultValue="member" error={errors('role')}
        options={branchRoles.map((r) => ({ value: r, label: roleLabels[r] }))} />
      <InputField label="初始密码" name="initialPassword" type="text" required autoComplete="off" hint="至少8位，含字母和数字；首次登录须修改" error={errors('initialPassword')} />
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2 lg:col-span-4">
        <Button type="submit" disabled={pending}>{pending ? '正在创建…' : '创建账户'}</Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
