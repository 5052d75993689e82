'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { type BranchKind, branchKindLabels, branchKinds } from '@/lib/branches/model';

/** Changes the kind of organisation the branch belongs to. */
export function BranchKindForm({ action, version, kind }: { action: FormAction; version: number; kind: BranchKind }) {
  const { state, pending, onSubmit, errors } = useActionForm(action, {
    confirm: '修改单位类别？已有的会议类型、成果类别和台账名称不变，今后新建的默认内容和述职报告初稿按新类别。',
  });
  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-[16rem_auto] sm:items-start" noValidate>
      <input type="hidden" name="version" value={version} />
      <SelectField
        label="单位类别"
        name="kind"
        required
        defaultValue={kind}
        options={branchKinds.map((k) => ({ value: k, label: branchKindLabels[k] }))}
        error={errors('kind')}
      />
      <Button type="submit" variant="secondary" disabled={pending} className="sm:mt-6">
        保存类别
      </Button>
      <FormStatus state={state} className="sm:col-span-2" />
    </form>
  );
}
