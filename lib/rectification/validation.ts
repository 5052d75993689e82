import { uploadedFile } from '@/lib/attachments/validation';
import { todayIso } from '@/lib/clock';
import { rectificationSources } from '@/lib/rectification/model';
import {
  checkbox,
  optionalRecordId,
  optionalText,
  recordId,
  requiredDate,
  requiredEnum,
  requiredText,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const itemFields = z.object({
  aspect: requiredText('问题所属方面', 60),
  problem: requiredText('问题', 1000),
  source: requiredEnum('问题来源', rectificationSources),
  sourceMeetingId: optionalRecordId,
  sourceNote: optionalText('来源说明', 100),
  measures: optionalText('整改措施', 2000),
  responsiblePersonId: z.coerce.number('请选择责任人').int('请选择责任人').positive('请选择责任人'),
  foundDate: requiredDate('查摆日期'),
  deadline: requiredDate('整改时限'),
});

function checkDates(item: z.infer<typeof itemFields>, ctx: z.RefinementCtx) {
  if (item.foundDate > todayIso())
    ctx.addIssue({ code: 'custom', path: ['foundDate'], message: '查摆日期不能晚于今天' });
  if (item.deadline < item.foundDate)
    ctx.addIssue({ code: 'custom', path: ['deadline'], message: '整改时限不能早于查摆日期' });
}

export const createRectificationSchema = itemFields.superRefine(checkDates);
export const updateRectificationSchema = itemFields.extend({ id: recordId, version }).superRefine(checkDates);
export type RectificationInput = z.infer<typeof createRectificationSchema>;

/** The evidence form: the text, and whether to mark the item completed with it. */
export const rectificationEvidenceSchema = z.object({
  id: recordId,
  version,
  evidence: optionalText('整改完成情况', 5000),
  complete: checkbox,
});

export const rectificationRefSchema = z.object({ id: recordId, version });
export const reopenRectificationSchema = z.object({
  id: recordId,
  version,
  reason: requiredText('重新打开的原因', 200),
});
export const rectificationFileSchema = z.object({ itemId: recordId, file: uploadedFile });
