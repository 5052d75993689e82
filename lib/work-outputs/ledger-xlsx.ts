import ExcelJS from 'exceljs';
import { addTableSheet, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';

export type WorkOutputLedgerInput = {
  branchName: string;
  year: number;
  /** Oldest first. */
  entries: { date: string; categoryName: string; title: string; quantity: number; unit: string; note: string | null }[];
  totals: { name: string; unit: string; entries: number; total: number }[];
};

export const workOutputSheetNames = { entries: '成果明细', totals: '按类别合计' } as const;

const entryColumns: SheetColumn<WorkOutputLedgerInput['entries'][number]>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (e) => e.date },
  { header: '类别', width: 12, value: (e) => e.categoryName },
  { header: '标题', width: 48, value: (e) => e.title },
  { header: '数量', width: 8, value: (e) => e.quantity },
  { header: '单位', width: 6, value: (e) => e.unit },
  { header: '备注', width: 30, value: (e) => e.note },
];

const totalColumns: SheetColumn<WorkOutputLedgerInput['totals'][number]>[] = [
  { header: '类别', width: 16, value: (t) => t.name },
  { header: '合计', width: 10, value: (t) => t.total },
  { header: '单位', width: 6, value: (t) => t.unit },
  { header: '登记条数', width: 10, value: (t) => t.entries },
];

/** The year's 工作成果台账: every entry, and per category the total of its quantities. */
export async function workOutputLedgerXlsx(input: WorkOutputLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  const title = `${input.branchName}${input.year}年工作成果台账`;
  addTableSheet(workbook, workOutputSheetNames.entries, {
    title,
    columns: entryColumns,
    rows: input.entries,
    landscape: true,
  });
  addTableSheet(workbook, workOutputSheetNames.totals, {
    title: `${input.branchName}${input.year}年工作成果合计`,
    columns: totalColumns,
    rows: input.totals,
  });
  return workbookBuffer(workbook);
}
