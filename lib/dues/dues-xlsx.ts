import ExcelJS from 'exceljs';
import { duesCategoryLabels, paymentMethodLabels } from '@/lib/dues/model';
import { monthSpanText, monthsOfYear } from '@/lib/dues/month';
import { monthlyDue } from '@/lib/dues/rates';
import { baseIn, type DuesFacts, type DuesPayment, type MonthStanding } from '@/lib/dues/standing';
import { fenToYuan } from '@/lib/money';
import { addTableSheet, addTotalRow, type CellValue, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';

/*
 * The year's 党费台账 as a workbook: people × months, every payment of the year's months, and 上缴.
 * The months come from the standing (lib/dues/standing.ts), so the sheet says what the ledger page says.
 */

/** A person on the ledger as the dues query gives them (db/queries/dues.ts `DuesRow` fits). */
export type DuesSheetPerson = {
  name: string;
  groupName: string | null;
  /** The year's twelve months. */
  months: readonly MonthStanding[];
  facts: DuesFacts;
};

export type DuesSheetHandover = {
  handedOn: string;
  fromMonth: string;
  toMonth: string;
  amountFen: number;
  recipient: string;
  receiptNo: string | null;
  note: string | null;
};

export type DuesLedgerXlsxInput = {
  branchName: string;
  year: number;
  people: readonly DuesSheetPerson[];
  handovers: readonly DuesSheetHandover[];
};

export const duesSheetNames = { ledger: '党费台账', payments: '交纳记录', handovers: '上缴' } as const;

export const amountFormat = '0.00';

const yuan = (fen: number) => Number(fenToYuan(fen));

/**
 * What a month's cell holds, in 分 or in words: the amount paid for a month paid alone, the month's due
 * for one month of a payment over several; 欠交, 免交, 未核定; nothing for a month not owed or not yet late.
 */
export function monthCell(month: MonthStanding): number | string | null {
  switch (month.state) {
    case 'paid': {
      const p = month.payment!;
      return p.fromMonth === p.toMonth ? p.amountFen : month.dueFen;
    }
    case 'arrears':
      return '欠交';
    case 'exempt':
      return '免交';
    case 'unassessed':
      return '未核定';
    default:
      return null;
  }
}

/** A person's row: the base in force at the year's end (the latest of the year), and the year's sums in 分. */
export function ledgerLine(person: DuesSheetPerson, year: number) {
  const base = baseIn(person.facts.bases, `${year}-12`);
  const cells = person.months.map(monthCell);
  return {
    person,
    base,
    monthlyFen: base ? monthlyDue(base.category, base.baseFen, base.fixedFen).fen : null,
    cells,
    dueFen: person.months.reduce((total, m) => total + m.dueFen, 0),
    paidFen: cells.reduce<number>((total, c) => total + (typeof c === 'number' ? c : 0), 0),
    arrearsFen: person.months.reduce((total, m) => total + (m.state === 'arrears' ? m.dueFen : 0), 0),
  };
}
type LedgerLine = ReturnType<typeof ledgerLine>;

const money = (fen: number | null) => (fen === null ? null : yuan(fen));

function ledgerColumns(year: number): SheetColumn<LedgerLine>[] {
  return [
    { header: '党小组', width: 12, value: (l) => l.person.groupName },
    { header: '姓名', width: 10, value: (l) => l.person.name },
    { header: '类别', width: 10, value: (l) => (l.base ? duesCategoryLabels[l.base.category] : null) },
    { header: '基数（元）', width: 11, numFmt: amountFormat, value: (l) => money(l.base?.baseFen ?? null) },
    { header: '月应交（元）', width: 10, numFmt: amountFormat, value: (l) => money(l.monthlyFen) },
    ...monthsOfYear(year).map(
      (month, i): SheetColumn<LedgerLine> => ({
        header: `${Number(month.slice(5))}月`,
        width: 8,
        numFmt: amountFormat,
        value: (l) => {
          const cell = l.cells[i];
          return typeof cell === 'number' ? yuan(cell) : cell;
        },
      }),
    ),
    { header: '全年应交', width: 10, numFmt: amountFormat, value: (l) => yuan(l.dueFen) },
    { header: '已交', width: 10, numFmt: amountFormat, value: (l) => yuan(l.paidFen) },
    { header: '欠交', width: 10, numFmt: amountFormat, value: (l) => yuan(l.arrearsFen) },
  ];
}

type PaymentLine = DuesPayment & { name: string };

const paymentColumns: SheetColumn<PaymentLine>[] = [
  { header: '交纳日期', width: 12, value: (p) => p.paidOn },
  { header: '姓名', width: 10, value: (p) => p.name },
  { header: '所交月份', width: 22, value: (p) => monthSpanText(p.fromMonth, p.toMonth) },
  { header: '金额（元）', width: 11, numFmt: amountFormat, value: (p) => yuan(p.amountFen) },
  { header: '方式', width: 10, value: (p) => paymentMethodLabels[p.method] },
  { header: '收据号', width: 14, value: (p) => p.receiptNo },
  { header: '说明', width: 30, value: (p) => p.reason },
];

const handoverColumns: SheetColumn<DuesSheetHandover>[] = [
  { header: '上缴日期', width: 12, value: (h) => h.handedOn },
  { header: '所属月份', width: 22, value: (h) => monthSpanText(h.fromMonth, h.toMonth) },
  { header: '金额（元）', width: 11, numFmt: amountFormat, value: (h) => yuan(h.amountFen) },
  { header: '接收的上级党组织', width: 24, value: (h) => h.recipient },
  { header: '收据号', width: 14, value: (h) => h.receiptNo },
  { header: '备注', width: 30, value: (h) => h.note },
];

/** Every payment for a month of the year (a payment over the turn of the year included), oldest first. */
export function paymentsOfYear(people: readonly DuesSheetPerson[], year: number): PaymentLine[] {
  return people
    .flatMap(({ name, facts }) => facts.payments.map((p) => ({ ...p, name })))
    .filter((p) => p.fromMonth <= `${year}-12` && p.toMonth >= `${year}-01`)
    .sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.id - b.id);
}

/**
 * The 合计 row: from column `firstSummed` on, the sum of each column's amounts (added in 分, so exact),
 * in the amount format.
 */
function addSums<T>(sheet: ExcelJS.Worksheet, columns: SheetColumn<T>[], rows: readonly T[], firstSummed: number) {
  const cells: CellValue[] = columns.map((c, j) => {
    if (j === 0) return '合计';
    if (j < firstSummed) return null;
    const numbers = rows.map((r, i) => c.value(r, i)).filter((v): v is number => typeof v === 'number');
    return numbers.length ? yuan(numbers.reduce((total, v) => total + Math.round(v * 100), 0)) : null;
  });
  addTotalRow(sheet, cells);
  const row = sheet.getRow(sheet.rowCount);
  columns.forEach((c, j) => {
    if (c.numFmt) row.getCell(j + 1).numFmt = c.numFmt;
  });
}

/** The year's workbook: 党费台账 (people × months, with the 合计 row), 交纳记录 and 上缴. */
export async function duesLedgerXlsx(input: DuesLedgerXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  const title = (what: string) => `${input.branchName}${input.year}年${what}`;

  const lines = input.people.map((p) => ledgerLine(p, input.year));
  const columns = ledgerColumns(input.year);
  const ledger = addTableSheet(workbook, duesSheetNames.ledger, {
    title: title('党费收缴台账'),
    columns,
    rows: lines,
    landscape: true,
  });
  addSums(ledger, columns, lines, 5);

  const payments = paymentsOfYear(input.people, input.year);
  const paid = addTableSheet(workbook, duesSheetNames.payments, {
    title: title('党费交纳记录'),
    columns: paymentColumns,
    rows: payments,
  });
  addSums(paid, paymentColumns, payments, 3);

  const handed = addTableSheet(workbook, duesSheetNames.handovers, {
    title: title('党费上缴记录'),
    columns: handoverColumns,
    rows: input.handovers,
  });
  addSums(handed, handoverColumns, input.handovers, 2);
  return workbookBuffer(workbook);
}
