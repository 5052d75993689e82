import { uploadedFile } from '@/lib/attachments/validation';
import { letterCounterpartKinds } from '@/lib/service/model';
import { workingYear } from '@/lib/settings/preferences';
import { recordId, requiredEnum, requiredPastDate, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const aspectTitle = requiredText('方面名称', 60);
const itemFields = { content: requiredText('清单内容', 300), responsible: requiredText('责任人', 60) };

export const createAspectSchema = z.object({ year: workingYear, title: aspectTitle });
export const renameAspectSchema = z.object({ id: recordId, version, title: aspectTitle });

export const createItemSchema = z.object({ aspectId: recordId, ...itemFields });
export const updateItemSchema = z.object({ id: recordId, version, ...itemFields });

/** One step up or down the list. */
export const moveSchema = z.object({ id: recordId, version, direction: requiredEnum('移动方向', ['up', 'down']) });

/** Copies the year before `year`'s list into `year`. */
export const copyListSchema = z.object({ year: workingYear });

const letterFields = z.object({
  date: requiredPastDate('签订日期'),
  title: requiredText('承诺书名称', 60),
  signer: requiredText('签订人', 40),
  counterpartKind: requiredEnum('签订对象类别', letterCounterpartKinds),
  counterpart: requiredText('签订对象', 60),
});

export const createLetterSchema = letterFields;
export const updateLetterSchema = letterFields.extend({ id: recordId, version });
export const letterScanSchema = z.object({ letterId: recordId, file: uploadedFile });

export const linkMeetingSchema = z.object({
  meetingId: z.coerce.number('请选择会议').int('请选择会议').positive('请选择会议'),
});
/** The link (integrity_meetings row), not the meeting. */
export const unlinkMeetingSchema = z.object({ id: recordId });

export type CreateAspectInput = z.infer<typeof createAspectSchema>;
export type RenameAspectInput = z.infer<typeof renameAspectSchema>;
export type CreateItemInput = z.infer<typeof createItemSchema>;
export type UpdateItemInput = z.infer<typeof updateItemSchema>;
export type MoveInput = z.infer<typeof moveSchema>;
export type LetterInput = z.infer<typeof createLetterSchema>;
export type LetterUpdateInput = z.infer<typeof updateLetterSchema>;
