'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button, ButtonLink } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import type { EditablePerson } from '@/db/queries/people';
import {
  committeeTitles,
  educationLevels,
  genderLabels,
  genders,
  politicalStatuses,
  politicalStatusLabels,
} from '@/lib/people/model';

type Props = {
  action: FormAction;
  groups: { id: number; name: string }[];
  person?: EditablePerson;
  cancelHref: string;
  /** Only the secretary assigns committee titles; others see the current one. */
  canAssignTitle: boolean;
};

const options = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function PersonForm({ action, groups, person, cancelHref, canAssignTitle }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const v = (key: keyof EditablePerson) => (person?.[key] ?? '') as string | number;

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {person && (
        <>
          <input type="hidden" name="id" value={person.id} />
          <input type="hidden" name="version" value={person.version} />
        </>
      )}
      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-3 text-base font-semibold text-stone-900">基本信息</legend>
        <InputField label="姓名" name="name" defaultValue={v('name')} required error={errors('name')} />
        <SelectField
          label="性别"
          name="gender"
          defaultValue={v('gender') || 'male'}
          required
          error={errors('gender')}
          options={genders.map((g) => ({ value: g, label: genderLabels[g] }))}
        />
        <InputField
          label="民族"
          name="ethnicity"
          defaultValue={v('ethnicity') || '汉族'}
          required
          error={errors('ethnicity')}
        />
        <InputField
          label="出生日期"
          name="birthDate"
          type="date"
          defaultValue={v('birthDate')}
          error={errors('birthDate')}
        />
        <SelectField
          label="学历"
          name="education"
          defaultValue={v('education')}
          placeholder="未填写"
          options={options(educationLevels)}
          error={errors('education')}
        />
        <InputField label="工作单位" name="unit" defaultValue={v('unit')} error={errors('unit')} />
        <InputField label="职务" name="post" defaultValue={v('post')} error={errors('post')} />
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-3 text-base font-semibold text-stone-900">党籍信息</legend>
        {person?.developmentRecordId ? (
          <div className="text-sm sm:col-span-2 lg:col-span-3">
            <input type="hidden" name="politicalStatus" value={person.politicalStatus} />
            <input type="hidden" name="probationaryDate" value={person.probationaryDate ?? ''} />
            <input type="hidden" name="fullMemberDate" value={person.fullMemberDate ?? ''} />
            <p className="text-stone-700">
              政治面貌：{politicalStatusLabels[person.politicalStatus]}
              {person.probationaryDate && `，入党日期 ${person.probationaryDate}`}
              {person.fullMemberDate && `，转正日期 ${person.fullMemberDate}`}
            </p>
            <p className="mt-1 text-xs text-stone-500">由发展党员记录的步骤决定，不在此修改。</p>
          </div>
        ) : (
          <>
            <SelectField
              label="政治面貌"
              name="politicalStatus"
              defaultValue={v('politicalStatus') || 'full'}
              required
              error={errors('politicalStatus')}
              options={politicalStatuses.map((s) => ({ value: s, label: politicalStatusLabels[s] }))}
            />
            <InputField
              label="入党日期"
              name="probationaryDate"
              type="date"
              defaultValue={v('probationaryDate')}
              hint="接收为预备党员的日期"
              error={errors('probationaryDate')}
            />
            <InputField
              label="转正日期"
              name="fullMemberDate"
              type="date"
              defaultValue={v('fullMemberDate')}
              hint="党龄从转正之日算起"
              error={errors('fullMemberDate')}
            />
          </>
        )}
        <SelectField
          label="党小组"
          name="groupId"
          defaultValue={v('groupId')}
          placeholder="未分组"
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          error={errors('groupId')}
        />
        {canAssignTitle ? (
          <SelectField
            label="支委职务"
            name="committeeTitle"
            defaultValue={v('committeeTitle')}
            placeholder="无"
            options={options(committeeTitles)}
            error={errors('committeeTitle')}
          />
        ) : (
          <input type="hidden" name="committeeTitle" value={v('committeeTitle')} />
        )}
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <legend className="mb-1 text-base font-semibold text-stone-900">个人敏感信息</legend>
        <p className="text-xs text-stone-500 sm:col-span-2 lg:col-span-3">
          仅书记和支委可见，本人可在“我的资料”中查看。
        </p>
        <InputField
          label="身份证号"
          name="idNumber"
          defaultValue={v('idNumber')}
          inputMode="text"
          autoComplete="off"
          error={errors('idNumber')}
        />
        <InputField label="联系电话" name="phone" type="tel" defaultValue={v('phone')} error={errors('phone')} />
        <InputField label="家庭住址" name="address" defaultValue={v('address')} error={errors('address')} />
      </fieldset>

      <FormStatus state={state} />
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? '正在保存…' : '保存'}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          取消
        </ButtonLink>
      </div>
    </form>
  );
}
