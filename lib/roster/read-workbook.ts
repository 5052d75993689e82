import ExcelJS from 'exceljs';
import {
  markedBranch,
  maxSheetRows,
  type ParsedWorkbook,
  personColumns,
  rosterSheetName,
  stepColumns,
  stepsSheetName,
} from '@/lib/roster/columns';
import type { RosterProblem } from '@/lib/roster/problems';
import { readCell, type SheetRow } from '@/lib/roster/read-cells';
import { type ReadOptions, readPeople } from '@/lib/roster/read-people';
import { readSteps } from '@/lib/roster/read-steps';

/*
 * Reads a filled-in member-development workbook (as lib/roster/write-workbook.ts writes it) back into
 * codes, with a problem list that names sheet, row and column.
 */

type SheetReader = {
  sheet: ExcelJS.Worksheet;
  /** Column number of each header. */
  columns: Map<string, number>;
};

/** The header row's columns, or null (with a problem per missing header) when a required one is missing. */
function openSheet(sheet: ExcelJS.Worksheet, headers: string[], problems: RosterProblem[]): SheetReader | null {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const { text } = readCell(cell.value);
    if (text && !columns.has(text)) columns.set(text, col);
  });
  if (columns.size === 0) {
    problems.push({ sheet: sheet.name, row: 1, column: '', message: '第1行没有列名：请使用下载的模板填写' });
    return null;
  }
  const missing = headers.filter((h) => !columns.has(h));
  for (const header of missing) {
    problems.push({
      sheet: sheet.name,
      row: 1,
      column: header,
      message: `缺少「${header}」列：请使用下载的模板，不要改动第1行的列名`,
    });
  }
  if (missing.length) return null;
  if (sheet.actualRowCount - 1 > maxSheetRows) {
    problems.push({
      sheet: sheet.name,
      row: 0,
      column: '',
      message: `行数过多：一次最多导入 ${maxSheetRows} 行，请分批导入`,
    });
    return null;
  }
  return { sheet, columns };
}

/** Every non-empty data row with its cells read by header; an optional column the file lacks reads as empty. */
function* dataRows(reader: SheetReader, headers: string[]): Generator<SheetRow> {
  for (let r = 2; r <= reader.sheet.rowCount; r++) {
    const row = reader.sheet.getRow(r);
    const cellOf = (h: string) => {
      const column = reader.columns.get(h);
      return readCell(column === undefined ? null : row.getCell(column).value);
    };
    const cells = new Map(headers.map((h) => [h, cellOf(h)]));
    if ([...cells.values()].every((c) => c.text === null && !c.problem)) continue;
    yield { row: r, cells };
  }
}

/**
 * Reads a filled-in workbook back into codes. Every row is checked (the person schema, labels,
 * dates, duplicates, steps of people not on the roster) and every problem is reported with its sheet,
 * row and column; `rows` holds only the rows without problems. The rules of member development are
 * checked when the rows are applied, against the branch's records (db/mutations/roster-import.ts).
 */
export async function readRosterWorkbook(
  buffer: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<{ rows: ParsedWorkbook; problems: RosterProblem[]; readings: RosterProblem[]; newGroups: string[] }> {
  const problems: RosterProblem[] = [];
  /** 党小组 the file names that the branch has not set up, in the order they first appear. */
  const newGroups = new Set<string>();
  /** Values written another common way, and how they were read (shown after a successful import). */
  const readings: RosterProblem[] = [];
  const rows: ParsedWorkbook = { people: [], steps: [], branchId: null };
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy in a fresh ArrayBuffer: what exceljs's own `Buffer` type (an ArrayBuffer) stands for.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    problems.push({
      sheet: '',
      row: 0,
      column: '',
      message: '无法读取文件：请上传用 Excel 或 WPS 保存的 .xlsx 工作簿',
    });
    return { rows, problems, readings, newGroups: [] };
  }
  rows.branchId = markedBranch(workbook.keywords);

  const rosterSheet = workbook.getWorksheet(rosterSheetName);
  const stepsSheet = workbook.getWorksheet(stepsSheetName);
  if (!rosterSheet) {
    problems.push({
      sheet: '',
      row: 0,
      column: '',
      message: `文件中没有「${rosterSheetName}」工作表：请使用下载的模板填写`,
    });
  }

  let rosterNames: Set<string> | null = null;
  const personHeaders = personColumns.map((c) => c.header);
  const requiredPersonHeaders = personColumns.filter((c) => !c.optional).map((c) => c.header);
  const roster = rosterSheet && openSheet(rosterSheet, requiredPersonHeaders, problems);
  if (roster) {
    const { people, names } = readPeople(dataRows(roster, personHeaders), options, problems, readings, newGroups);
    rows.people = people;
    rosterNames = names;
  }
  // Without a readable roster, steps cannot be matched to it; their own problems are still reported.
  const stepHeaders = stepColumns.map((c) => c.header);
  const steps = stepsSheet && openSheet(stepsSheet, stepHeaders, problems);
  if (steps) rows.steps = readSteps(dataRows(steps, stepHeaders), rosterNames, problems);

  return { rows, problems, readings, newGroups: [...newGroups] };
}
