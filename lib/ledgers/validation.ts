import { maxRosterImportBytes } from '@/lib/attachments/limits';
import { uploadedFile } from '@/lib/attachments/validation';
import { ledgerLevels } from '@/lib/ledgers/model';
import { ledgerTemplates } from '@/lib/ledgers/templates';
import {
  checkbox,
  idList,
  optionalEnum,
  optionalText,
  optionalYuan,
  recordId,
  requiredEnum,
  requiredPastDate,
  requiredText,
  version,
} from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

export const maxLedgerTags = 20;
export const maxTagLength = 20;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The tags of a ledger as typed: one a line (or separated by 、，,；). */
const tagText = z.preprocess(
  (v) => (blank(v) ? '' : v),
  z
    .string('标签格式无效')
    .max(1000, '标签内容过长')
    .transform((text) => [
      ...new Set(
        text
          .split(/[\n\r、，,;；]+/)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(maxTagLength, `每个标签不能超过${maxTagLength}个字`))
        .max(maxLedgerTags, `标签最多${maxLedgerTags}个`),
    ),
);

const ledgerFields = z.object({
  name: requiredText('台账名称', 30),
  unit: requiredText('计数单位', 6),
  description: optionalText('说明', 200),
  /** Blank: entries carry no quantity. */
  quantityUnit: optionalText('数量单位', 6),
  hasAmount: checkbox,
  hasPeople: checkbox,
  hasLevel: checkbox,
  hasAttachments: checkbox,
  tags: tagText,
});

export const createLedgerSchema = ledgerFields;
export const updateLedgerSchema = ledgerFields.extend({ id: recordId, version });
export const switchOnTemplateSchema = z.object({
  template: requiredEnum('台账模板', ledgerTemplates.map((t) => t.code) as [string, ...string[]]),
});
export const archiveLedgerSchema = z.object({
  id: recordId,
  version,
  archived: z.enum(['true', 'false'], '停用状态无效').transform((v) => v === 'true'),
});

/** Blank: none. Positive, at most two decimals. */
const quantity = z.preprocess(
  (v) => (blank(v) ? null : v),
  z.coerce
    .number('数量应为数字')
    .positive('数量应大于0')
    .max(100000, '数量不能超过100000')
    .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, '数量最多保留两位小数')
    .nullable(),
);

/** Tags picked with checkboxes; that each is one of the ledger's is checked against the ledger. */
const entryTags = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string('标签无效').trim().min(1, '标签不能为空').max(maxTagLength, `每个标签不能超过${maxTagLength}个字`))
    .max(maxLedgerTags, `标签最多${maxLedgerTags}个`)
    .transform((tags) => [...new Set(tags)]),
);

const entryFields = z.object({
  date: requiredPastDate('日期'),
  title: requiredText('名称', 120),
  quantity,
  amount: optionalYuan('金额'),
  level: optionalEnum('级别', ledgerLevels),
  tags: entryTags,
  personIds: idList('人员', 500),
  note: optionalText('备注', 300),
});

/** One entry as a form or an imported row gives it. */
export const entrySchema = entryFields;
export const createEntrySchema = entryFields.extend({ ledgerId: recordId });
export const updateEntrySchema = entryFields.extend({ id: recordId, version });

export const entryAttachmentSchema = z.object({ entryId: recordId, file: uploadedFile });

export const importEntriesSchema = z.object({
  ledgerId: recordId,
  file: z
    .instanceof(File, { message: '请选择要导入的 Excel 文件' })
    .refine((f) => f.size > 0, '请选择要导入的 Excel 文件')
    .refine((f) => f.size <= maxRosterImportBytes, '文件不能超过5MB'),
});

export type LedgerInput = z.infer<typeof createLedgerSchema>;
export type LedgerUpdateInput = z.infer<typeof updateLedgerSchema>;
export type EntryInput = z.infer<typeof entryFields>;
export type EntryCreateInput = z.infer<typeof createEntrySchema>;
export type EntryUpdateInput = z.infer<typeof updateEntrySchema>;
