import { uploadedFile } from '@/lib/attachments/validation';
import { noticeCategories } from '@/lib/rectification/model';
import { checkbox, optionalText, recordId, requiredEnum, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const noticeFields = z.object({
  title: requiredText('标题', 100),
  category: requiredEnum('类别', noticeCategories),
  content: requiredText('公开内容', 10000),
});

export const createNoticeSchema = noticeFields;
export const updateNoticeSchema = noticeFields.extend({ id: recordId, version });
export const reviewNoticeSchema = z.object({
  id: recordId,
  version,
  secrecyChecked: checkbox,
  reviewNote: optionalText('审核意见', 500),
});
export const noticeRefSchema = z.object({ id: recordId, version });
export const noticeReadSchema = z.object({ id: recordId });
export const noticeFileSchema = z.object({ noticeId: recordId, file: uploadedFile });
