import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type WorkOutputLedgerInput, workOutputLedgerXlsx, workOutputSheetNames } from '@/lib/work-outputs/ledger-xlsx';

const input: WorkOutputLedgerInput = {
  branchName: '旗统计局党支部',
  year: 2023,
  entries: [
    {
      date: '2023-01-05',
      categoryName: '统计信息',
      title: '1月份全旗居民消费价格运行情况',
      quantity: 1,
      unit: '篇',
      note: null,
    },
    {
      date: '2023-06-28',
      categoryName: '统计信息',
      title: '上半年经济运行简讯',
      quantity: 2,
      unit: '篇',
      note: '一次报送两篇',
    },
    { date: '2023-07-25', categoryName: '统计月报', title: '@统计月报第6期', quantity: 1, unit: '期', note: null },
  ],
  totals: [
    { name: '统计信息', unit: '篇', entries: 2, total: 3 },
    { name: '统计月报', unit: '期', entries: 1, total: 1 },
  ],
};

const values = (sheet: ExcelJS.Worksheet | undefined, row: number) => (sheet!.getRow(row).values as unknown[]).slice(1);

describe('work output ledger xlsx', () => {
  it('writes every entry and the totals per category', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workOutputLedgerXlsx(input)) as unknown as ExcelJS.Buffer);

    const entries = workbook.getWorksheet(workOutputSheetNames.entries);
    expect(entries!.getCell('A1').value).toBe('旗统计局党支部2023年工作成果台账');
    expect(entries!.getCell('G1').master.address).toBe('A1');
    expect(entries!.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(values(entries, 2)).toEqual(['序号', '日期', '类别', '标题', '数量', '单位', '备注']);
    expect(entries!.getCell('A2').font?.bold).toBe(true);
    expect(values(entries, 4)).toEqual([2, '2023-06-28', '统计信息', '上半年经济运行简讯', 2, '篇', '一次报送两篇']);
    expect(entries!.getCell('D5').value).toBe("'@统计月报第6期");
    expect(entries!.rowCount).toBe(5);

    const totals = workbook.getWorksheet(workOutputSheetNames.totals);
    expect(values(totals, 2)).toEqual(['类别', '合计', '单位', '登记条数']);
    expect(values(totals, 3)).toEqual(['统计信息', 3, '篇', 2]);
    expect(values(totals, 4)).toEqual(['统计月报', 1, '期', 1]);
  });
});
