import { optionalText, recordId, requiredPastDate, requiredText, version } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

const categoryFields = z.object({ name: requiredText('类别名称', 20), unit: requiredText('计量单位', 6) });

export const createCategorySchema = categoryFields;
export const updateCategorySchema = categoryFields.extend({ id: recordId, version });
export const archiveCategorySchema = z.object({
  id: recordId,
  version,
  archived: z.enum(['true', 'false'], '归档状态无效').transform((v) => v === 'true'),
});

/** How many of the category's unit one entry counts for; blank means one. */
const quantity = z.preprocess(
  (v) => (v === undefined || v === null || (typeof v === 'string' && v.trim() === '') ? 1 : v),
  z.coerce
    .number('数量应为数字')
    .positive('数量应大于0')
    .max(100000, '数量不能超过100000')
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '数量最多保留两位小数'),
);

const outputFields = z.object({
  date: requiredPastDate('日期'),
  categoryId: z.coerce.number('请选择类别').int('请选择类别').positive('请选择类别'),
  title: requiredText('标题', 120),
  quantity,
  note: optionalText('备注', 300),
});

export const createOutputSchema = outputFields;
export const updateOutputSchema = outputFields.extend({ id: recordId, version });

export type CategoryInput = z.infer<typeof createCategorySchema>;
export type CategoryUpdateInput = z.infer<typeof updateCategorySchema>;
export type OutputInput = z.infer<typeof createOutputSchema>;
export type OutputUpdateInput = z.infer<typeof updateOutputSchema>;
