import ExcelJS from 'exceljs';
import { entriesSheetName, ledgerColumns, ledgerHeaders } from '@/lib/ledgers/ledger-xlsx';
import { type LedgerLevel, type LedgerShape, ledgerLevelLabels, ledgerLevels } from '@/lib/ledgers/model';
import { entryShapeProblems } from '@/lib/ledgers/rules';
import { type EntryInput, entrySchema } from '@/lib/ledgers/validation';
import type { RosterProblem } from '@/lib/roster/problems';
import { normalizeDate, readCell } from '@/lib/roster/read-cells';

/*
 * Reads entries for one ledger from a workbook in the columns its export writes. Every row is checked
 * as the entry form checks it (and against the ledger's tags and people of the branch); every problem
 * is reported by row and column, and an entry is returned only from a row without problems.
 */

export const maxImportRows = 1000;

export type ReadEntry = EntryInput & { row: number };

type Person = { id: number; name: string };

const fieldHeaders = (shape: LedgerShape): Record<string, string> => ({
  date: ledgerHeaders.date,
  title: ledgerHeaders.title,
  tags: ledgerHeaders.tags,
  level: ledgerHeaders.level,
  personIds: ledgerHeaders.people,
  quantity: ledgerHeaders.quantity(shape.quantityUnit ?? ''),
  amount: ledgerHeaders.amount,
  note: ledgerHeaders.note,
});

const levelByLabel = new Map<string, LedgerLevel>(
  ledgerLevels.flatMap((level) => [
    [ledgerLevelLabels[level], level],
    [level, level],
  ]),
);

const splitList = (text: string | null) => (text ? text.split(/[、,，;；\s]+/).filter(Boolean) : []);

/** The header row (the export puts a title above it): the first of rows 1–3 naming 日期 and 名称. */
function headerRow(sheet: ExcelJS.Worksheet): { row: number; columns: Map<string, number> } | null {
  for (let r = 1; r <= Math.min(3, sheet.rowCount); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const { text } = readCell(cell.value);
      if (text && !columns.has(text)) columns.set(text, col);
    });
    if (columns.has(ledgerHeaders.date) && columns.has(ledgerHeaders.title)) return { row: r, columns };
  }
  return null;
}

export async function readLedgerEntries(
  bytes: Uint8Array,
  shape: LedgerShape,
  people: readonly Person[],
): Promise<{ entries: ReadEntry[]; problems: RosterProblem[] }> {
  const problems: RosterProblem[] = [];
  const entries: ReadEntry[] = [];
  const fileProblem = (message: string) => ({ entries, problems: [{ sheet: '', row: 0, column: '', message }] });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return fileProblem('无法读取文件：请上传用 Excel 或 WPS 保存的 .xlsx 工作簿');
  }
  const sheet = workbook.getWorksheet(entriesSheetName) ?? workbook.worksheets[0];
  if (!sheet) return fileProblem('文件中没有工作表');
  const header = headerRow(sheet);
  if (!header) return fileProblem(`没有找到「日期」「名称」列：请使用本台账导出的文件填写`);
  const headers = ledgerColumns(shape).map((c) => c.header);
  const missing = headers.filter((h) => !header.columns.has(h));
  if (missing.length) {
    for (const column of missing)
      problems.push({
        sheet: sheet.name,
        row: header.row,
        column,
        message: `缺少「${column}」列：请使用本台账导出的文件填写`,
      });
    return { entries, problems };
  }
  if (sheet.actualRowCount - header.row > maxImportRows + 1)
    return fileProblem(`行数过多：一次最多导入 ${maxImportRows} 行，请分批导入`);

  const byName = new Map<string, number[]>();
  for (const p of people) byName.set(p.name, [...(byName.get(p.name) ?? []), p.id]);
  const columnOf = fieldHeaders(shape);
  const seen = new Map<string, number>();

  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map(headers.map((h) => [h, readCell(row.getCell(header.columns.get(h)!).value)]));
    if ([...cells.values()].every((c) => c.text === null && !c.problem)) continue;
    if (readCell(row.getCell(1).value).text === '合计') continue;
    const at = (column: string, message: string) => problems.push({ sheet: sheet.name, row: r, column, message });
    const before = problems.length;
    for (const [column, cell] of cells) if (cell.problem) at(column, cell.problem);
    const text = (header: string) => cells.get(header)?.text ?? null;

    const levelText = text(ledgerHeaders.level);
    const level = levelText === null ? null : (levelByLabel.get(levelText) ?? null);
    if (levelText !== null && !level)
      at(ledgerHeaders.level, `级别应为${ledgerLevels.map((l) => ledgerLevelLabels[l]).join('、')}之一`);
    const personIds: number[] = [];
    for (const name of splitList(text(ledgerHeaders.people))) {
      const ids = byName.get(name) ?? [];
      if (ids.length === 1) personIds.push(ids[0]);
      else
        at(
          ledgerHeaders.people,
          ids.length ? `本支部有 ${ids.length} 位「${name}」，请在系统中逐条登记` : `「${name}」不在本支部名册中`,
        );
    }
    const parsed = entrySchema.safeParse({
      date: normalizeDate(text(ledgerHeaders.date) ?? ''),
      title: text(ledgerHeaders.title),
      tags: splitList(text(ledgerHeaders.tags)),
      level,
      personIds,
      quantity: shape.quantityUnit ? text(ledgerHeaders.quantity(shape.quantityUnit)) : null,
      amount: text(ledgerHeaders.amount),
      note: text(ledgerHeaders.note),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) at(columnOf[String(issue.path[0])] ?? '', issue.message);
      continue;
    }
    for (const p of entryShapeProblems(shape, parsed.data)) at(columnOf[p.field] ?? '', p.message);
    const key = `${parsed.data.date}|${parsed.data.title}`;
    const first = seen.get(key);
    if (first) at(ledgerHeaders.title, `与第${first}行重复（日期和名称相同）`);
    else seen.set(key, r);
    if (problems.length === before) entries.push({ ...parsed.data, row: r });
  }
  if (entries.length === 0 && problems.length === 0) return fileProblem('文件中没有要导入的记录');
  return { entries, problems };
}
