import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  aspectSheetName,
  countByAspect,
  type LedgerItem,
  ledgerRemark,
  ledgerSheetName,
  rectificationLedgerXlsx,
} from '@/lib/rectification/ledger-xlsx';

function item(overrides: Partial<LedgerItem>): LedgerItem {
  return {
    aspect: '服务群众方面',
    problem: '走访调查对象不够',
    source: 'theme_education',
    sourceNote: '2023年主题教育',
    measures: '建立联系台账',
    responsibleName: '孟庆华',
    foundDate: '2025-06-18',
    deadline: '2025-10-31',
    evidence: '走访42次',
    state: 'checked_off',
    completedAt: '2025-10-20',
    checkedOffAt: '2025-11-15',
    ...overrides,
  };
}

const items = [
  item({}),
  item({
    aspect: '数据质量方面',
    problem: '=HYPERLINK("http://x")',
    state: 'in_progress',
    evidence: null,
    completedAt: null,
    checkedOffAt: null,
    deadline: '2026-06-30',
  }),
  item({
    aspect: '服务群众方面',
    problem: '宣传覆盖面不够',
    foundDate: '2024-12-22',
    state: 'in_progress',
    evidence: null,
    completedAt: null,
    checkedOffAt: null,
  }),
];

describe('the rectification ledger workbook', () => {
  it('has the usual 台账 columns, one row per item, text never taken for a formula', async () => {
    const workbook = new ExcelJS.Workbook();
    const buffer = await rectificationLedgerXlsx({
      branchName: '旗统计局党支部',
      year: 2025,
      today: '2025-12-01',
      items,
    });
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(ledgerSheetName)!;
    expect(sheet.getCell(1, 1).value).toBe('旗统计局党支部2025年问题整改台账');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      '序号',
      '方面',
      '问题',
      '来源',
      '整改措施',
      '责任人',
      '查摆日期',
      '整改时限',
      '完成情况',
      '完成时间',
      '状态',
      '销号时间',
      '备注',
    ]);
    expect((sheet.getRow(3).values as unknown[]).slice(1, 5)).toEqual([
      1,
      '服务群众方面',
      '走访调查对象不够',
      '主题教育：2023年主题教育',
    ]);
    expect(sheet.getCell(3, 11).value).toBe('已销号');
    expect(sheet.getCell(4, 3).value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getCell(5, 13).value).toBe('2024年结转；已逾期');
    expect(sheet.rowCount).toBe(5);

    const summary = workbook.getWorksheet(aspectSheetName)!;
    expect((summary.getRow(4).values as unknown[]).slice(1)).toEqual(['合计：2个方面', 3, 1]);
  });

  it('groups problems by aspect in order of appearance', () => {
    expect(countByAspect(items)).toEqual([
      { aspect: '服务群众方面', found: 2, checkedOff: 1 },
      { aspect: '数据质量方面', found: 1, checkedOff: 0 },
    ]);
  });

  it('remarks nothing on an item of the year that is on time', () => {
    expect(ledgerRemark(items[0], 2025, '2025-12-01')).toBeNull();
    expect(ledgerRemark(items[1], 2025, '2025-12-01')).toBeNull();
  });
});
