import type ExcelJS from 'exceljs';

/* One cell of a filled-in workbook as text, whatever Excel or WPS made of what was typed. */

/** A cell's text, whether Excel held it as a number, and why it cannot be read (a formula, an error value). */
export type CellRead = { text: string | null; numeric: boolean; problem?: string };

/** A non-empty data row, with its cells read by header. */
export type SheetRow = { row: number; cells: Map<string, CellRead> };

const guarded = /^'[=+\-@\t\r]/;

/** Text as written by safeCell (a leading quote before =, +, -, @) back to the text it guarded. */
function unguard(value: string): string {
  return guarded.test(value) ? value.slice(1) : value;
}

export function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: null, numeric: false };
  if (typeof value === 'string') {
    const trimmed = unguard(value).trim();
    return { text: trimmed === '' ? null : trimmed, numeric: false };
  }
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', numeric: false };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: null, numeric: false, problem: '日期无效' };
    return { text: value.toISOString().slice(0, 10), numeric: false };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return { text: null, numeric: false, problem: '单元格中是公式，请改为直接填写内容（可复制后“选择性粘贴”为数值）' };
  }
  if ('error' in value)
    return { text: null, numeric: false, problem: `单元格中是错误值 ${value.error}，请改为直接填写内容` };
  if ('richText' in value) return readCell(value.richText.map((r) => r.text).join(''));
  if ('text' in value && typeof value.text === 'string') return readCell(value.text);
  return { text: null, numeric: false, problem: '无法识别单元格内容，请改为直接填写文字' };
}

/** '2023/7/1', '2023.7.1', '2023年7月1日' → '2023-07-01'; anything else unchanged (and refused later). */
export function normalizeDate(value: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : value;
}
