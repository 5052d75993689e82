import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { entriesSheetName, type LedgerSheetEntry, ledgerXlsx } from '@/lib/ledgers/ledger-xlsx';
import type { LedgerShape } from '@/lib/ledgers/model';
import { readLedgerEntries } from '@/lib/ledgers/read-entries';

const venues: LedgerShape = {
  unit: '处',
  quantityUnit: '平方米',
  hasAmount: true,
  hasPeople: true,
  hasLevel: false,
  tags: ['党员活动室', '宣传栏'],
  hasAttachments: true,
};

const entries: LedgerSheetEntry[] = [
  {
    date: '2025-03-02',
    title: '村党员活动室改造',
    tags: ['党员活动室'],
    level: null,
    people: ['张三', '李四'],
    quantity: 80,
    amountFen: 1_200_010,
    note: null,
  },
  {
    date: '2025-05-20',
    title: '=HYPERLINK("http://x")宣传栏',
    tags: ['宣传栏'],
    level: null,
    people: [],
    quantity: 12.5,
    amountFen: 1,
    note: '一期',
  },
];

const people = [
  { id: 3, name: '张三' },
  { id: 4, name: '李四' },
  { id: 7, name: '王五' },
  { id: 8, name: '王五' },
];

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);

async function load(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

async function edited(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = await load(await ledgerXlsx({ title: '阵地建设', shape: venues, entries: [] }));
  const sheet = workbook.getWorksheet(entriesSheetName)!;
  sheet.spliceRows(3, 1);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('ledgerXlsx', () => {
  it('writes the columns of the ledger’s shape, formula-safe text, amounts in 元 and the totals', async () => {
    const workbook = await load(await ledgerXlsx({ title: '某村党支部2025年阵地建设台账', shape: venues, entries }));
    const sheet = workbook.getWorksheet(entriesSheetName)!;
    expect(sheet.getCell('A1').value).toBe('某村党支部2025年阵地建设台账');
    expect(values(sheet, 2)).toEqual(['序号', '日期', '名称', '标签', '人员', '数量（平方米）', '金额（元）', '备注']);
    expect(values(sheet, 3)).toEqual([1, '2025-03-02', '村党员活动室改造', '党员活动室', '张三、李四', 80, 12000.1]);
    expect(sheet.getCell('C4').value).toBe('\'=HYPERLINK("http://x")宣传栏');
    expect(values(sheet, 5)).toEqual(['合计', undefined, '2 处', undefined, undefined, 92.5, 12000.11]);
    expect(sheet.getCell('G5').numFmt).toBe('#,##0.00');
  });

  it('leaves out the columns a ledger does not keep', async () => {
    const bare: LedgerShape = { ...venues, quantityUnit: null, hasAmount: false, hasPeople: false, tags: [] };
    const workbook = await load(await ledgerXlsx({ title: '台账', shape: bare, entries: [] }));
    expect(values(workbook.getWorksheet(entriesSheetName)!, 2)).toEqual(['序号', '日期', '名称', '备注']);
  });
});

describe('readLedgerEntries', () => {
  it('reads back what the export wrote', async () => {
    const bytes = new Uint8Array(await ledgerXlsx({ title: '阵地建设', shape: venues, entries }));
    const read = await readLedgerEntries(bytes, venues, people);
    expect(read.problems).toEqual([]);
    expect(read.entries).toEqual([
      {
        row: 3,
        date: '2025-03-02',
        title: '村党员活动室改造',
        tags: ['党员活动室'],
        level: null,
        personIds: [3, 4],
        quantity: 80,
        amount: 1_200_010,
        note: null,
      },
      expect.objectContaining({ row: 4, title: '=HYPERLINK("http://x")宣传栏', amount: 1, quantity: 12.5 }),
    ]);
  });

  it('reports every problem by row and column and returns no entry from a refused row', async () => {
    const bytes = await edited([
      [1, '2025/6/1', '新建文化长廊', '文化长廊', '张三', 10, '300', ''],
      [2, '2025-06-02', '宣传栏更新', '宣传栏', '王五', 3, '12.345', ''],
      [3, '2025-06-03', '', '宣传栏', '赵六', '', '-5', ''],
      [4, '2025-06-04', '活动室维修', '党员活动室', '', '', '100', ''],
      [5, '2025-06-04', '活动室维修', '党员活动室', '', '', '100', ''],
    ]);
    const read = await readLedgerEntries(bytes, venues, people);
    expect(read.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, '标签', '「文化长廊」不是本台账的标签，请从党员活动室、宣传栏中选择'],
      [4, '人员', '本支部有 2 位「王五」，请在系统中逐条登记'],
      [4, '金额（元）', '金额最多保留两位小数（到分）'],
      [5, '人员', '「赵六」不在本支部名册中'],
      [5, '名称', '请填写名称'],
      [5, '金额（元）', '金额不能为负数'],
      [7, '名称', '与第6行重复（日期和名称相同）'],
    ]);
    expect(read.entries.map((e) => [e.row, e.title, e.amount])).toEqual([[6, '活动室维修', 10000]]);
  });

  it('refuses a file without the ledger’s columns or that is not a workbook', async () => {
    const bare: LedgerShape = { ...venues, hasAmount: false };
    const otherShape = new Uint8Array(await ledgerXlsx({ title: 't', shape: bare, entries }));
    expect((await readLedgerEntries(otherShape, venues, people)).problems).toEqual([
      {
        sheet: entriesSheetName,
        row: 2,
        column: '金额（元）',
        message: '缺少「金额（元）」列：请使用本台账导出的文件填写',
      },
    ]);
    const junk = await readLedgerEntries(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), venues, people);
    expect(junk.problems[0].message).toContain('无法读取文件');
  });
});
