import ExcelJS from 'exceljs';
import { safeCell } from './safe-cell';

export type LedgerMeeting = {
  /** YYYY-MM-DD */
  date: string;
  kindName: string;
  topic: string;
  place: string | null;
  host: string | null;
  recorder: string | null;
  expected: number;
  present: number;
  leave: number;
  absent: number;
  seminarMaterials: number | null;
  exchangeArticles: number | null;
};

export type MeetingLedgerInput = { branchName: string; year: number; meetings: LedgerMeeting[] };

type CellValue = string | number | null;

type Column = { header: string; width: number; value: (m: LedgerMeeting, index: number) => CellValue; numFmt?: string };

export const ledgerSheetName = '会议台账';
export const kindSummarySheetName = '按类型统计';

const titleRow = 1;
const headerRow = 2;

const text = (value: string | null): CellValue => safeCell(value);

const columns: Column[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (m) => text(m.date) },
  { header: '类型', width: 14, value: (m) => text(m.kindName) },
  { header: '主题', width: 40, value: (m) => text(m.topic) },
  { header: '地点', width: 20, value: (m) => text(m.place) },
  { header: '主持人', width: 10, value: (m) => text(m.host) },
  { header: '记录人', width: 10, value: (m) => text(m.recorder) },
  { header: '应到', width: 7, value: (m) => m.expected },
  { header: '实到', width: 7, value: (m) => m.present },
  { header: '请假', width: 7, value: (m) => m.leave },
  { header: '缺席', width: 7, value: (m) => m.absent },
  { header: '出勤率', width: 9, value: (m) => attendanceRate(m), numFmt: '0.0%' },
  { header: '研讨材料', width: 10, value: (m) => m.seminarMaterials },
  { header: '交流体会', width: 10, value: (m) => m.exchangeArticles },
];

export const ledgerHeaders = columns.map((c) => c.header);

/** Present ÷ expected, as a fraction for a percentage format; null when nobody was expected. */
export function attendanceRate(m: Pick<LedgerMeeting, 'expected' | 'present'>): number | null {
  return m.expected > 0 ? m.present / m.expected : null;
}

/** Meetings per kind, in the order the kinds first appear. */
export function countByKind(meetings: LedgerMeeting[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const m of meetings) counts.set(m.kindName, (counts.get(m.kindName) ?? 0) + 1);
  return [...counts];
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
const headerFill: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function styleHeader(row: ExcelJS.Row): void {
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = headerFill;
    cell.border = allBorders;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
}

function styleBody(row: ExcelJS.Row, columnCount: number): void {
  for (let c = 1; c <= columnCount; c++) {
    const cell = row.getCell(c);
    cell.border = allBorders;
    cell.alignment = { vertical: 'middle', wrapText: typeof cell.value === 'string' };
  }
}

function addLedgerSheet(workbook: ExcelJS.Workbook, input: MeetingLedgerInput): void {
  const sheet = workbook.addWorksheet(ledgerSheetName, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((c) => ({ width: c.width }));

  const title = sheet.getCell(titleRow, 1);
  title.value = safeCell(`${input.branchName}${input.year}年组织生活台账`);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.mergeCells(titleRow, 1, titleRow, columns.length);
  sheet.getRow(titleRow).height = 30;

  styleHeader(sheet.addRow(ledgerHeaders));
  input.meetings.forEach((m, i) => {
    const row = sheet.addRow(columns.map((c) => c.value(m, i)));
    styleBody(row, columns.length);
    columns.forEach((c, j) => {
      if (c.numFmt) row.getCell(j + 1).numFmt = c.numFmt;
    });
  });
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}

function addKindSummarySheet(workbook: ExcelJS.Workbook, meetings: LedgerMeeting[]): void {
  const sheet = workbook.addWorksheet(kindSummarySheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 20 }, { width: 10 }];
  styleHeader(sheet.addRow(['类型', '次数']));
  for (const [kind, count] of countByKind(meetings)) styleBody(sheet.addRow([safeCell(kind), count]), 2);
  const total = sheet.addRow(['合计', meetings.length]);
  styleBody(total, 2);
  total.font = { bold: true };
}

/** The year's 组织生活台账: one row per meeting, and a count per meeting kind on a second sheet. */
export async function meetingLedgerXlsx(input: MeetingLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  addLedgerSheet(workbook, input);
  addKindSummarySheet(workbook, input.meetings);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
