'use client';
import { Fragment, useState } from 'react';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { type DevelopmentStepCode, meetingStepDecisions, stepNumber } from '@/lib/development/steps';

type Option = { value: number; label: string };

type Props = {
  action: FormAction;
  recordId: number;
  steps: { code: DevelopmentStepCode; name: string }[];
  members: Option[];
  meetings: Option[];
  /** The branch's 党小组, for 第19步 编入党支部和党小组. */
  groups: Option[];
  /** The person's 党小组 now, offered first at 第19步. */
  groupId: number | null;
  today: string;
};

const meetingSteps = new Set(Object.keys(meetingStepDecisions));
const voteSteps = new Set(['admission_vote', 'full_vote']);
const resultSteps = new Set(['activist_assessment', 'political_review', 'probation_assessment', 'pre_review']);

/**
 * Records the next step with the fields that step needs; the rules are checked on the server, and each
 * refusal is shown under the field it is about.
 */
export function StepForm({ action, recordId, steps, members, meetings, groups, groupId, today }: Props) {
  const { state, pending, onSubmit, errors } = useActionForm(action);
  const next = steps[steps.length - 1].code;
  const offered = steps.map((s) => s.code).join(' ');
  // A recorded step (or a new list of steps) starts the form over at the step now next, with that step's
  // fields empty; a refusal keeps the chosen step and what was typed.
  const [form, setForm] = useState({ code: next, recorded: state, offered, round: 0 });
  if ((state?.ok && state !== form.recorded) || offered !== form.offered) {
    setForm({ code: next, recorded: state, offered, round: form.round + 1 });
  }
  const code = steps.some((s) => s.code === form.code) ? form.code : next;

  return (
    <form onSubmit={onSubmit} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="recordId" value={recordId} />
      <SelectField
        label="步骤"
        name="code"
        required
        value={code}
        onChange={(e) => setForm({ ...form, code: e.target.value as DevelopmentStepCode })}
        options={steps.map((s) => ({ value: s.code, label: `第${stepNumber(s.code)}步 ${s.name}` }))}
        error={errors('code')}
        className="sm:col-span-2"
      />
      <Fragment key={form.round}>
        <InputField label="日期" name="date" type="date" required defaultValue={today} error={errors('date')} />
        {/* Keyed on the step: another step's fields start empty, never with what was typed for this one. */}
        <Fragment key={code}>
          {code === 'first_talk' && (
            <>
              <SelectField
                label="谈话人"
                name="talkerId"
                placeholder="请选择"
                options={members}
                error={errors('talkerId')}
              />
              <InputField label="谈话地点" name="place" error={errors('place')} />
            </>
          )}
          {code === 'contacts_assigned' && (
            <>
              <SelectField
                label="培养联系人一"
                name="contactIds"
                placeholder="请选择"
                options={members}
                error={errors('contactIds')}
              />
              <SelectField label="培养联系人二" name="contactIds" placeholder="（可不填）" options={members} />
            </>
          )}
          {code === 'introducers' && (
            <>
              <SelectField
                label="入党介绍人一"
                name="introducerIds"
                placeholder="请选择"
                options={members}
                error={errors('introducerIds')}
              />
              <SelectField label="入党介绍人二" name="introducerIds" placeholder="请选择" options={members} />
            </>
          )}
          {code === 'short_training' && (
            <>
              <InputField label="培训天数" name="days" type="number" min={0} error={errors('days')} />
              <InputField label="培训学时" name="hours" type="number" min={0} error={errors('hours')} />
            </>
          )}
          {meetingSteps.has(code) && (
            <SelectField
              label="对应会议"
              name="meetingId"
              placeholder="（可不关联）"
              options={meetings}
              error={errors('meetingId')}
              className="sm:col-span-2"
            />
          )}
          {voteSteps.has(code) && (
            // 应到 takes two of three columns so its label stays on one line beside 实到.
            <fieldset className="grid min-w-0 grid-cols-3 gap-3 sm:col-span-2">
              <legend className="mb-2 text-sm font-medium text-stone-700">表决情况（人）</legend>
              <InputField
                label="应到有表决权党员"
                name="expectedVoting"
                type="number"
                min={0}
                required
                error={errors('expectedVoting')}
                className="col-span-2"
              />
              <InputField label="实到" name="present" type="number" min={0} error={errors('present')} />
              <InputField label="赞成" name="yes" type="number" min={0} required error={errors('yes')} />
              <InputField label="反对" name="no" type="number" min={0} error={errors('no')} />
              <InputField label="弃权" name="abstain" type="number" min={0} error={errors('abstain')} />
            </fieldset>
          )}
          {code === 'placed_in_group' && (
            <SelectField
              label="编入党小组"
              name="groupId"
              required={groups.length > 0}
              placeholder={groups.length > 0 ? '请选择' : '（本支部未设党小组）'}
              options={groups}
              defaultValue={groupId !== null && groups.some((g) => g.value === groupId) ? groupId : ''}
              hint={groups.length > 0 ? undefined : '本支部未设党小组，可不选'}
              error={errors('groupId')}
              className="sm:col-span-2"
            />
          )}
          {resultSteps.has(code) && (
            <InputField label="结论" name="result" className="sm:col-span-2" error={errors('result')} />
          )}
          {code === 'probation_assessment' && (
            <InputField
              label="延长预备期（月，不延长则不填）"
              name="extensionMonths"
              type="number"
              min={6}
              max={12}
              error={errors('extensionMonths')}
            />
          )}
        </Fragment>
        <InputField label="说明" name="note" className="sm:col-span-2" error={errors('note')} />
      </Fragment>

      <FormStatus state={state} className="sm:col-span-2" />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? '正在检查并保存…' : '记录此步骤'}
        </Button>
      </div>
    </form>
  );
}
