import { maxRosterImportBytes } from '@/lib/attachments/limits';
import { checkbox } from '@/lib/validation/fields';
import { z } from '@/lib/validation/zod';

/** The uploaded workbook; that it really is an .xlsx is checked from its first bytes (xlsxProblem). */
export const rosterImportSchema = z.object({
  file: z
    .instanceof(File, { message: '请选择要导入的 Excel 文件' })
    .refine((f) => f.size > 0, '请选择要导入的 Excel 文件')
    .refine((f) => f.size <= maxRosterImportBytes, '文件不能超过5MB'),
  /** Set up the 党小组 the file names that the branch does not have yet. */
  createGroups: checkbox,
});

const zipSignature = [0x50, 0x4b, 0x03, 0x04]; // 'PK\x03\x04': an .xlsx is a zip archive
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0]; // the old binary .xls (and .doc) format

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((byte, i) => head[i] === byte);

/** Why the bytes cannot be an .xlsx workbook, or null when they may be one. */
export function xlsxProblem(head: Uint8Array): string | null {
  if (startsWith(head, zipSignature)) return null;
  if (startsWith(head, oleSignature))
    return '这是旧版 .xls 文件：请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再导入';
  return '文件不是 Excel 工作簿（.xlsx）：请使用下载的模板或导出的文件';
}
