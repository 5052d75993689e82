import ExcelJS from 'exceljs';
import { type LedgerLevel, type LedgerShape, ledgerLevelLabels } from '@/lib/ledgers/model';
import { ledgerTotals } from '@/lib/ledgers/rules';
import { fenToYuan } from '@/lib/money';
import { addTableSheet, addTotalRow, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';

/*
 * A ledger's year as a workbook, in columns that follow the ledger's shape. The same headers are read
 * back by the import (lib/ledgers/read-entries.ts), so an exported file, edited, can be imported.
 */

export type LedgerSheetEntry = {
  date: string;
  title: string;
  tags: string[];
  level: LedgerLevel | null;
  people: string[];
  quantity: number | null;
  amountFen: number | null;
  note: string | null;
};

export const entriesSheetName = '台账明细';
/** Names, tags in one cell: separated by 、 (a comma or a space is read too). */
export const listSeparator = '、';

export const ledgerHeaders = {
  date: '日期',
  title: '名称',
  tags: '标签',
  level: '级别',
  people: '人员',
  note: '备注',
  quantity: (unit: string) => `数量（${unit}）`,
  amount: '金额（元）',
} as const;

/** The columns of a ledger of this shape, in order; the import expects the same headers. */
export function ledgerColumns(shape: LedgerShape): SheetColumn<LedgerSheetEntry>[] {
  const h = ledgerHeaders;
  return [
    { header: h.date, width: 12, value: (e) => e.date },
    { header: h.title, width: 40, value: (e) => e.title },
    ...(shape.tags.length
      ? [{ header: h.tags, width: 16, value: (e: LedgerSheetEntry) => e.tags.join(listSeparator) }]
      : []),
    ...(shape.hasLevel
      ? [{ header: h.level, width: 8, value: (e: LedgerSheetEntry) => (e.level ? ledgerLevelLabels[e.level] : null) }]
      : []),
    ...(shape.hasPeople
      ? [{ header: h.people, width: 24, value: (e: LedgerSheetEntry) => e.people.join(listSeparator) }]
      : []),
    ...(shape.quantityUnit
      ? [{ header: h.quantity(shape.quantityUnit), width: 10, value: (e: LedgerSheetEntry) => e.quantity }]
      : []),
    ...(shape.hasAmount
      ? [
          {
            header: h.amount,
            width: 14,
            numFmt: '#,##0.00',
            value: (e: LedgerSheetEntry) => (e.amountFen === null ? null : Number(fenToYuan(e.amountFen))),
          },
        ]
      : []),
    { header: h.note, width: 30, value: (e) => e.note },
  ];
}

export type LedgerWorkbookInput = {
  title: string;
  shape: LedgerShape;
  /** Oldest first. */
  entries: LedgerSheetEntry[];
};

/** The ledger's entries with a 序号 column and, under them, the 合计 of entries, quantity and amount. */
export async function ledgerXlsx(input: LedgerWorkbookInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const columns: SheetColumn<LedgerSheetEntry>[] = [
    { header: '序号', width: 6, value: (_, i) => i + 1 },
    ...ledgerColumns(input.shape),
  ];
  const sheet = addTableSheet(workbook, entriesSheetName, {
    title: input.title,
    columns,
    rows: input.entries,
    landscape: true,
  });
  const totals = ledgerTotals(input.entries);
  addTotalRow(
    sheet,
    columns.map((c, i) => {
      if (i === 0) return '合计';
      if (c.header === ledgerHeaders.title) return `${totals.entries} ${input.shape.unit}`;
      if (input.shape.quantityUnit && c.header === ledgerHeaders.quantity(input.shape.quantityUnit))
        return totals.quantity;
      if (c.header === ledgerHeaders.amount) return Number(fenToYuan(totals.amountFen));
      return null;
    }),
  );
  const amountColumn = columns.findIndex((c) => c.header === ledgerHeaders.amount);
  if (amountColumn >= 0) sheet.getRow(sheet.rowCount).getCell(amountColumn + 1).numFmt = '#,##0.00';
  return workbookBuffer(workbook);
}
