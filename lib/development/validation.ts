import { uploadedFile } from '@/lib/attachments/validation';
import { type DevelopmentStepCode, developmentSteps } from '@/lib/development/steps';
import { isRealDate } from '@/lib/people/id-number';
import { optionalDate, optionalRecordId, optionalText, recordId, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const stepCodes = developmentSteps.map((s) => s.code) as [DevelopmentStepCode, ...DevelopmentStepCode[]];

const stepDate = z.string('请填写日期').trim().refine(isRealDate, '日期应为有效日期，格式如 2023-07-01');

const optionalCount = (label: string, max = 9999) =>
  z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? undefined : v),
    z.coerce.number(`${label}应为数字`).min(0, `${label}不能为负数`).max(max, `${label}过大`).optional(),
  );

const idList = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : (Array.isArray(v) ? v : [v]).filter((x) => x !== '')),
  z.array(recordId).max(5),
);

export const startDevelopmentSchema = z.object({ personId: recordId, date: stepDate });

/**
 * One step as the form sends it. The step-specific fields become the step's `data`; which of them a
 * step needs is checked by the rules engine (lib/development/rules.ts), which names the rule.
 */
export const recordStepSchema = z
  .object({
    recordId,
    code: z.enum(stepCodes, '步骤无效'),
    date: stepDate,
    meetingId: optionalRecordId,
    note: optionalText('说明', 500),
    place: optionalText('地点', 60),
    talkerId: optionalRecordId,
    result: optionalText('结论', 200),
    contactIds: idList,
    introducerIds: idList,
    days: optionalCount('培训天数', 365),
    hours: optionalCount('培训学时', 1000),
    expectedVoting: optionalCount('应到有表决权党员人数'),
    present: optionalCount('实到人数'),
    yes: optionalCount('赞成票'),
    no: optionalCount('反对票'),
    abstain: optionalCount('弃权票'),
    extensionMonths: optionalCount('延长预备期月数', 24),
    /** 第19步 编入党支部和党小组: the group the new member joins (the branch's groups are checked on write). */
    groupId: optionalRecordId,
  })
  .refine((input) => input.groupId === null || input.groupId === undefined || input.code === 'placed_in_group', {
    path: ['groupId'],
    message: '只有「编入党支部和党小组」一步填写党小组',
  })
  .transform(({ recordId, code, date, meetingId, ...fields }) => {
    const data: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields)) {
      const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
      if (!empty) data[key] = value;
    }
    return { recordId, code, date, meetingId, data };
  });

const reason = (label: string) =>
  z.string(`请填写${label}`).trim().min(2, `请填写${label}`).max(200, `${label}不能超过200个字`);

export const correctStepDateSchema = z.object({ id: recordId, version, date: stepDate, reason: reason('更正原因') });

/** 终止发展 or 取消预备党员资格: the date and a reason are both required. */
export const stopDevelopmentSchema = z.object({ recordId, version, date: stepDate, reason: reason('终止原因') });

/** The branch's 公示 period in working days; 0 turns the check off. */
export const noticePeriodSchema = z.object({
  version,
  noticeWorkingDays: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.coerce
      .number('请填写公示期')
      .int('公示期应为整数')
      .min(0, '公示期不能为负数')
      .max(30, '公示期不能超过30个工作日'),
  ),
});

/**
 * 补录发展过程: the person (and the version their roster row was read at) and a date per step, named by
 * the step's code; which dates the person's status needs is checked by lib/development/backfill.ts.
 */
export const backfillDevelopmentSchema = z
  .object({
    personId: recordId,
    version,
    ...(Object.fromEntries(developmentSteps.map((s) => [s.code, optionalDate(`${s.name}日期`)])) as Record<
      DevelopmentStepCode,
      ReturnType<typeof optionalDate>
    >),
  })
  .transform(({ personId, version, ...fields }) => {
    const dates: Partial<Record<DevelopmentStepCode, string>> = {};
    for (const code of stepCodes) {
      const date = fields[code] as string | null | undefined;
      if (date) dates[code] = date;
    }
    return { personId, version, dates };
  });

export type BackfillDevelopmentInput = z.infer<typeof backfillDevelopmentSchema>;

export type RecordStepInput = z.infer<typeof recordStepSchema>;

export const developmentDocumentSchema = z.object({ stepId: recordId, file: uploadedFile });
