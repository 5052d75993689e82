import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type DuesSheetPerson, duesLedgerXlsx, duesSheetNames } from '@/lib/dues/dues-xlsx';
import { type DuesBase, type DuesFacts, type DuesPayment, duesStanding } from '@/lib/dues/standing';

/* The year's dues workbook, over standings computed as of June 2026 (no clock involved). */

const now = '2026-06';
let nextId = 1;

const base = (personId: number, over: Partial<DuesBase>): DuesBase => ({
  id: nextId++,
  personId,
  category: 'in_service',
  baseFen: 400_000,
  fixedFen: null,
  effectiveMonth: '2026-01',
  assessedOn: '2026-01-05',
  reason: null,
  ...over,
});

const payment = (
  personId: number,
  fromMonth: string,
  toMonth: string,
  paidOn: string,
  amountFen: number,
): DuesPayment => ({
  id: nextId++,
  personId,
  fromMonth,
  toMonth,
  paidOn,
  amountFen,
  dueFen: amountFen,
  method: 'wechat',
  receiptNo: null,
  reason: null,
});

function person(
  id: number,
  name: string,
  groupName: string | null,
  facts: Omit<DuesFacts, 'member'> & { member?: Partial<DuesFacts['member']> },
): DuesSheetPerson {
  const full: DuesFacts = {
    ...facts,
    member: {
      id,
      politicalStatus: 'full',
      probationaryDate: '2010-06-01',
      joinedBranchOn: null,
      leftBranchOn: null,
      ...facts.member,
    },
  };
  return { name, groupName, facts: full, months: duesStanding(full, { from: '2026-01', to: '2026-12' }, now).months };
}

/** In service on 4000 元 (40.00 a month): January alone, a quarter, May unpaid, June–December prepaid; last December's payment. */
const prepaid = person(1, '=HYPERLINK("http://x")', '第一党小组', {
  bases: [base(1, {})],
  reliefs: [],
  payments: [
    payment(1, '2025-12', '2025-12', '2025-12-05', 4000),
    payment(1, '2026-01', '2026-01', '2026-01-08', 4100),
    payment(1, '2026-02', '2026-04', '2026-02-10', 12_000),
    payment(1, '2026-06', '2026-12', '2026-05-20', 28_000),
  ],
});

/** Retired on 6000 元 (60.00) from March, in arrears since, 免交 from July. */
const arrears = person(2, '李四', '第二党小组', {
  bases: [base(2, { category: 'retired', baseFen: 600_000, effectiveMonth: '2026-03' })],
  reliefs: [
    {
      id: nextId++,
      personId: 2,
      kind: 'exempt',
      monthlyFen: null,
      fromMonth: '2026-07',
      untilMonth: '2026-12',
      reason: '重病',
      approvedBy: '机关党委',
    },
  ],
  payments: [],
});

/** A farmer (1.00 a month) who moved into the branch in April: May paid. */
const joined = person(3, '王五', null, {
  member: { joinedBranchOn: '2026-04-10' },
  bases: [base(3, { category: 'farmer', baseFen: null, fixedFen: 100, effectiveMonth: '2026-05' })],
  reliefs: [],
  payments: [payment(3, '2026-05', '2026-05', '2026-05-03', 100)],
});

async function workbookOf(people: DuesSheetPerson[]) {
  const workbook = new ExcelJS.Workbook();
  const buffer = await duesLedgerXlsx({
    branchName: '测试支部',
    year: 2026,
    people,
    handovers: [
      {
        handedOn: '2026-04-15',
        fromMonth: '2026-01',
        toMonth: '2026-03',
        amountFen: 16_100,
        recipient: '机关党委',
        receiptNo: 'SJ-01',
        note: null,
      },
    ],
  });
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
const monthCells = (sheet: ExcelJS.Worksheet, row: number) => values(sheet, row).slice(5, 17);

describe('duesLedgerXlsx: 党费台账', () => {
  it('writes a row per person: the base, the month’s due, each month paid or in words, and the year’s sums', async () => {
    const sheet = (await workbookOf([prepaid, arrears, joined])).getWorksheet(duesSheetNames.ledger)!;
    expect(values(sheet, 2)).toEqual([
      '党小组',
      '姓名',
      '类别',
      '基数（元）',
      '月应交（元）',
      ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`),
      '全年应交',
      '已交',
      '欠交',
    ]);
    expect(values(sheet, 3).slice(2, 5)).toEqual(['在职', 4000, 40]);
    // January paid alone shows what was paid; a quarter and the prepaid months show each month's due.
    expect(monthCells(sheet, 3)).toEqual([41, 40, 40, 40, '欠交', 40, 40, 40, 40, 40, 40, 40]);
    expect(values(sheet, 3).slice(17)).toEqual([480, 441, 40]);

    expect(monthCells(sheet, 4)).toEqual([
      '未核定',
      '未核定',
      '欠交',
      '欠交',
      '欠交',
      undefined,
      '免交',
      '免交',
      '免交',
      '免交',
      '免交',
      '免交',
    ]);
    expect(values(sheet, 4).slice(17)).toEqual([240, 0, 180]);

    expect(values(sheet, 5).slice(0, 5)).toEqual([undefined, '王五', '农民', undefined, 1]);
    expect(monthCells(sheet, 5)).toEqual([...Array(4).fill(undefined), 1, ...Array(7).fill(undefined)]);
    expect(values(sheet, 5).slice(17)).toEqual([8, 1, 0]);
  });

  it('keeps a name that looks like a formula as text', async () => {
    const sheet = (await workbookOf([prepaid])).getWorksheet(duesSheetNames.ledger)!;
    const cell = sheet.getCell(3, 2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('\'=HYPERLINK("http://x")');
  });

  it('closes with a 合计 row whose every amount is the sum of the rows above, in the 0.00 format', async () => {
    const sheet = (await workbookOf([prepaid, arrears, joined])).getWorksheet(duesSheetNames.ledger)!;
    const total = values(sheet, 6);
    expect(total[0]).toBe('合计');
    for (let column = 6; column <= 20; column++) {
      const cents = [3, 4, 5]
        .map((r) => sheet.getCell(r, column).value)
        .filter((v): v is number => typeof v === 'number')
        .reduce((sum, v) => sum + Math.round(v * 100), 0);
      expect(Math.round(Number(sheet.getCell(6, column).value ?? 0) * 100), `column ${column}`).toBe(cents);
      expect(sheet.getCell(6, column).numFmt).toBe('0.00');
    }
    expect(total.slice(17)).toEqual([728, 442, 220]);
    expect(sheet.getCell(3, 6).numFmt).toBe('0.00');
    expect(sheet.getCell(3, 4).numFmt).toBe('0.00');
  });
});

describe('duesLedgerXlsx: 交纳记录 and 上缴', () => {
  it('lists every payment for a month of the year, oldest first, with its total; last year’s months are not there', async () => {
    const sheet = (await workbookOf([prepaid, arrears, joined])).getWorksheet(duesSheetNames.payments)!;
    expect(values(sheet, 2)).toEqual(['交纳日期', '姓名', '所交月份', '金额（元）', '方式', '收据号', '说明']);
    expect(values(sheet, 3)).toEqual(['2026-01-08', '\'=HYPERLINK("http://x")', '2026年1月', 41, '微信']);
    expect([3, 4, 5, 6].map((r) => sheet.getCell(r, 3).value)).toEqual([
      '2026年1月',
      '2026年2月至4月',
      '2026年5月',
      '2026年6月至12月',
    ]);
    expect(values(sheet, 7).slice(0, 4)).toEqual(['合计', undefined, undefined, 442]);
    expect(sheet.getCell(7, 4).numFmt).toBe('0.00');
  });

  it('lists the handovers with their total', async () => {
    const sheet = (await workbookOf([])).getWorksheet(duesSheetNames.handovers)!;
    expect(values(sheet, 3)).toEqual(['2026-04-15', '2026年1月至3月', 161, '机关党委', 'SJ-01']);
    expect(values(sheet, 4).slice(0, 3)).toEqual(['合计', undefined, 161]);
  });
});
