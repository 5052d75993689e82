import ExcelJS from 'exceljs';
import { addTableSheet, addTotalRow, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';
import {
  type RectificationSource,
  type RectificationState,
  rectificationSourceLabels,
  rectificationStateLabels,
} from '@/lib/rectification/model';
import { isCarriedOver, isOverdue } from '@/lib/rectification/rules';

export type LedgerItem = {
  aspect: string;
  problem: string;
  source: RectificationSource;
  sourceNote: string | null;
  measures: string | null;
  responsibleName: string;
  foundDate: string;
  deadline: string;
  evidence: string | null;
  state: RectificationState;
  completedAt: string | null;
  checkedOffAt: string | null;
};

export type RectificationLedgerInput = { branchName: string; year: number; today: string; items: LedgerItem[] };

export const ledgerSheetName = '问题整改台账';
export const aspectSheetName = '按方面统计';

/** What stands out about an item in the year's ledger: carried over from an earlier year, overdue. */
export function ledgerRemark(item: LedgerItem, year: number, today: string): string | null {
  const remarks = [
    isCarriedOver(item, year) && `${item.foundDate.slice(0, 4)}年结转`,
    isOverdue(item, today) && '已逾期',
  ].filter(Boolean);
  return remarks.length ? remarks.join('；') : null;
}

const columns = (year: number, today: string): SheetColumn<LedgerItem>[] => [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '方面', width: 16, value: (r) => r.aspect },
  { header: '问题', width: 40, value: (r) => r.problem },
  {
    header: '来源',
    width: 16,
    value: (r) => [rectificationSourceLabels[r.source], r.sourceNote].filter(Boolean).join('：'),
  },
  { header: '整改措施', width: 40, value: (r) => r.measures },
  { header: '责任人', width: 10, value: (r) => r.responsibleName },
  { header: '查摆日期', width: 12, value: (r) => r.foundDate },
  { header: '整改时限', width: 12, value: (r) => r.deadline },
  { header: '完成情况', width: 40, value: (r) => r.evidence },
  { header: '完成时间', width: 12, value: (r) => r.completedAt },
  { header: '状态', width: 9, value: (r) => rectificationStateLabels[r.state] },
  { header: '销号时间', width: 12, value: (r) => r.checkedOffAt },
  { header: '备注', width: 14, value: (r) => ledgerRemark(r, year, today) },
];

type AspectRow = { aspect: string; found: number; checkedOff: number };

/** Problems per aspect, in the order the aspects first appear, with how many are checked off. */
export function countByAspect(items: LedgerItem[]): AspectRow[] {
  const rows = new Map<string, AspectRow>();
  for (const item of items) {
    const row = rows.get(item.aspect) ?? { aspect: item.aspect, found: 0, checkedOff: 0 };
    row.found += 1;
    if (item.state === 'checked_off') row.checkedOff += 1;
    rows.set(item.aspect, row);
  }
  return [...rows.values()];
}

/** The year's 问题整改台账 in the usual columns, and a count per aspect on a second sheet. */
export async function rectificationLedgerXlsx(input: RectificationLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  addTableSheet(workbook, ledgerSheetName, {
    title: `${input.branchName}${input.year}年问题整改台账`,
    columns: columns(input.year, input.today),
    rows: input.items,
    landscape: true,
  });
  const aspects = countByAspect(input.items);
  const summary = addTableSheet(workbook, aspectSheetName, {
    columns: [
      { header: '方面', width: 24, value: (r: AspectRow) => r.aspect },
      { header: '问题', width: 8, value: (r: AspectRow) => r.found },
      { header: '已销号', width: 8, value: (r: AspectRow) => r.checkedOff },
    ],
    rows: aspects,
  });
  addTotalRow(summary, [
    `合计：${aspects.length}个方面`,
    input.items.length,
    aspects.reduce((sum, a) => sum + a.checkedOff, 0),
  ]);
  return workbookBuffer(workbook);
}
