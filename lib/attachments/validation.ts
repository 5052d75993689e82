import { maxUploadBytes } from '@/lib/attachments/limits';
import { recordId } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

/** An uploaded photo or scan; its real type is checked from the bytes when it is stored. */
export const uploadedFile = z
  .instanceof(File, { message: '请选择要上传的文件' })
  .refine((f) => f.size > 0, '文件为空')
  .refine((f) => f.size <= maxUploadBytes, '文件不能超过10MB');

export const attachmentRefSchema = z.object({ id: recordId });
