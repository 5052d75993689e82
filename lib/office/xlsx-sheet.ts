import type ExcelJS from 'exceljs';
import { safeCell } from '@/lib/office/safe-cell';

/*
 * The look every exported ledger shares: a bold grey header row, thin borders, frozen headings and an
 * A4 page that prints the header on every page. Pure: no database, no request.
 */

export type CellValue = string | number | null;

/** One column of a table sheet: its heading, its width (in characters) and its cell for a row. */
export type SheetColumn<T> = {
  header: string;
  width: number;
  value: (row: T, index: number) => CellValue;
  /** An Excel number format, e.g. '0.0%'. */
  numFmt?: string;
};

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

/** A header row: bold, grey, bordered, centred. */
export function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = allBorders;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

/** A data row: every one of its `columnCount` cells bordered; text wraps. */
export function styleBody(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.border = allBorders;
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
  }
}

export type TableSheet<T> = {
  /** A title above the table, merged across its columns (e.g. '旗统计局党支部2023年工作成果台账'). */
  title?: string;
  columns: SheetColumn<T>[];
  rows: readonly T[];
  landscape?: boolean;
};

/**
 * Adds a sheet holding one table: the optional title, the header row (frozen, repeated on printed
 * pages) and a bordered row per item. Text goes through `safeCell`, so it is never taken for a formula.
 */
export function addTableSheet<T>(workbook: ExcelJS.Workbook, name: string, table: TableSheet<T>): ExcelJS.Worksheet {
  const headerRow = table.title ? 2 : 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: table.landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const { columns } = table;
  sheet.columns = columns.map((c) => ({ width: c.width }));

  if (table.title) {
    const title = sheet.getCell(1, 1);
    title.value = safeCell(table.title);
    title.font = { bold: true, size: 16 };
    title.alignment = { horizontal: 'center', vertical: 'middle' };
    if (columns.length > 1) sheet.mergeCells(1, 1, 1, columns.length);
    sheet.getRow(1).height = 30;
  }

  styleHeader(sheet.addRow(columns.map((c) => c.header)));
  table.rows.forEach((item, i) => {
    const row = sheet.addRow(columns.map((c) => safeCell(c.value(item, i))));
    styleBody(row, columns.length);
    columns.forEach((c, j) => {
      if (c.numFmt) row.getCell(j + 1).numFmt = c.numFmt;
    });
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return sheet;
}

/** A bold closing row (合计 …) under a table sheet's rows. */
export function addTotalRow(sheet: ExcelJS.Worksheet, cells: CellValue[]): void {
  const row = sheet.addRow(cells.map((c) => safeCell(c)));
  styleBody(row, cells.length);
  row.font = { bold: true };
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
