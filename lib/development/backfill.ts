import {
  type CheckContext,
  checkStep,
  type DevelopmentHistory,
  type StepRecord,
  stepLabel,
} from '@/lib/development/rules';
import type { DevelopmentStepCode, RuleFinding } from '@/lib/development/steps';
import type { PoliticalStatus } from '@/lib/people/model';

/** The statuses that imply a development history the branch may need to enter afterwards (补录). */
export const backfillStatuses = [
  'applicant',
  'activist',
  'candidate',
  'probationary',
] as const satisfies readonly PoliticalStatus[];
export type BackfillStatus = (typeof backfillStatuses)[number];

export function isBackfillStatus(status: PoliticalStatus): status is BackfillStatus {
  return (backfillStatuses as readonly PoliticalStatus[]).includes(status);
}

export type BackfillField = { code: DevelopmentStepCode; label: string; required: boolean; hint?: string };

/**
 * The dates asked for when entering a development afterwards, by the person's present status. Required
 * are the dates that give the status and drive a deadline (the admission vote starts the probationary
 * year; the activist date the year before 确定发展对象); the others are asked so that the reminders
 * start from the latest real event rather than from the first.
 */
export const backfillPlans: Record<BackfillStatus, BackfillField[]> = {
  applicant: [
    { code: 'application', label: '递交入党申请书日期', required: true },
    {
      code: 'first_talk',
      label: '党组织派人谈话日期',
      required: false,
      hint: '尚未谈话的留空，系统会提醒一个月内谈话',
    },
  ],
  activist: [
    { code: 'application', label: '递交入党申请书日期', required: false },
    { code: 'activist_confirmed', label: '确定为入党积极分子日期', required: true, hint: '满一年后方可确定为发展对象' },
    {
      code: 'activist_assessment',
      label: '最近一次培养考察日期',
      required: false,
      hint: '每半年至少考察一次，从这一天起计算',
    },
  ],
  candidate: [
    { code: 'application', label: '递交入党申请书日期', required: false },
    { code: 'activist_confirmed', label: '确定为入党积极分子日期', required: false },
    { code: 'candidate_confirmed', label: '确定为发展对象日期', required: true },
  ],
  probationary: [
    { code: 'application', label: '递交入党申请书日期', required: false },
    { code: 'activist_confirmed', label: '确定为入党积极分子日期', required: false },
    { code: 'candidate_confirmed', label: '确定为发展对象日期', required: false },
    { code: 'admission_vote', label: '支部党员大会讨论接收日期', required: true, hint: '预备期从这一天起计算一年' },
    { code: 'admission_approved', label: '上级党委审批日期', required: true },
    { code: 'oath', label: '入党宣誓日期', required: false },
  ],
};

/** The 补录 steps, in order, from the dates entered (a blank optional date is left out). */
export function backfillSteps(
  status: BackfillStatus,
  dates: Partial<Record<DevelopmentStepCode, string>>,
): StepRecord[] {
  return backfillPlans[status]
    .filter((field) => dates[field.code])
    .map((field) => ({ code: field.code, date: dates[field.code]!, data: { backfilled: true } }));
}

export type BackfillError = RuleFinding & { code: DevelopmentStepCode };

/**
 * Errors that refuse the 补录, each with the date it is about: a required date missing, and every rule a
 * date breaks when the steps are checked one after another as if recorded at the time (order, dates
 * not going back nor into the future, age 18, more than a year as activist, approval within six months
 * of the vote …). Warnings are returned with each step, to be kept with it.
 */
export function checkBackfill(
  status: BackfillStatus,
  dates: Partial<Record<DevelopmentStepCode, string>>,
  history: Pick<DevelopmentHistory, 'birthDate' | 'idNumber'>,
  context: CheckContext,
): { errors: BackfillError[]; steps: (StepRecord & { warnings: RuleFinding[] })[] } {
  const errors: BackfillError[] = backfillPlans[status]
    .filter((field) => field.required && !dates[field.code])
    .map((field) => ({
      code: field.code,
      rule: 'backfill-required',
      message: `请填写${field.label}（${stepLabel(field.code)}）`,
    }));
  const steps: (StepRecord & { warnings: RuleFinding[] })[] = [];
  for (const step of backfillSteps(status, dates)) {
    const check = checkStep({ ...history, steps }, step, context);
    errors.push(...check.errors.map((e) => ({ ...e, code: step.code })));
    steps.push({ ...step, warnings: check.warnings });
  }
  return { errors, steps };
}
