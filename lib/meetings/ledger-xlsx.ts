import ExcelJS from 'exceljs';
import { addTableSheet, addTotalRow, type SheetColumn, workbookBuffer } from '@/lib/office/xlsx-sheet';

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

export const ledgerSheetName = '会议台账';
export const kindSummarySheetName = '按类型统计';

const columns: SheetColumn<LedgerMeeting>[] = [
  { header: '序号', width: 6, value: (_, i) => i + 1 },
  { header: '日期', width: 12, value: (m) => m.date },
  { header: '类型', width: 14, value: (m) => m.kindName },
  { header: '主题', width: 40, value: (m) => m.topic },
  { header: '地点', width: 20, value: (m) => m.place },
  { header: '主持人', width: 10, value: (m) => m.host },
  { header: '记录人', width: 10, value: (m) => m.recorder },
  { header: '应到', width: 7, value: (m) => m.expected },
  { header: '实到', width: 7, value: (m) => m.present },
  { header: '请假', width: 7, value: (m) => m.leave },
  { header: '缺席', width: 7, value: (m) => m.absent },
  { header: '出勤率', width: 9, value: (m) => attendanceRate(m), numFmt: '0.0%' },
  { header: '研讨材料', width: 10, value: (m) => m.seminarMaterials },
  { header: '交流体会', width: 10, value: (m) => m.exchangeArticles },
];

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

const kindColumns: SheetColumn<[string, number]>[] = [
  { header: '类型', width: 20, value: ([kind]) => kind },
  { header: '次数', width: 10, value: ([, count]) => count },
];

/** The year's 组织生活台账: one row per meeting, and a count per meeting kind on a second sheet. */
export async function meetingLedgerXlsx(input: MeetingLedgerInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = input.branchName;
  addTableSheet(workbook, ledgerSheetName, {
    title: `${input.branchName}${input.year}年组织生活台账`,
    columns,
    rows: input.meetings,
    landscape: true,
  });
  const summary = addTableSheet(workbook, kindSummarySheetName, {
    columns: kindColumns,
    rows: countByKind(input.meetings),
  });
  addTotalRow(summary, ['合计', input.meetings.length]);
  return workbookBuffer(workbook);
}
