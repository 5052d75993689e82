import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  attendanceRate,
  countByKind,
  kindSummarySheetName,
  type LedgerMeeting,
  ledgerSheetName,
  type MeetingLedgerInput,
  meetingLedgerXlsx,
} from '@/lib/meetings/ledger-xlsx';

function meeting(overrides: Partial<LedgerMeeting>): LedgerMeeting {
  return {
    date: '2023-01-10',
    kindName: '支委会',
    topic: '研究年度工作计划',
    place: '党员活动室',
    host: '张建国',
    recorder: '李晓梅',
    expected: 5,
    present: 5,
    leave: 0,
    absent: 0,
    seminarMaterials: null,
    exchangeArticles: null,
    ...overrides,
  };
}

const input: MeetingLedgerInput = {
  branchName: '旗统计局党支部',
  year: 2023,
  meetings: [
    meeting({}),
    meeting({
      date: '2023-02-15',
      kindName: '支部党员大会',
      topic: '学习贯彻党的二十大精神',
      expected: 20,
      present: 18,
      leave: 1,
      absent: 1,
    }),
    meeting({ date: '2023-03-08', topic: '=HYPERLINK("http://x")', host: '-张三', place: null }),
    meeting({
      date: '2023-03-20',
      kindName: '专题研讨',
      topic: '主题教育专题研讨',
      expected: 0,
      present: 0,
      seminarMaterials: 3,
      exchangeArticles: 5,
    }),
  ],
};

async function readBack(data: MeetingLedgerInput): Promise<ExcelJS.Workbook> {
  const buffer = await meetingLedgerXlsx(data);
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} missing`);
  return ws;
}

function rowValues(ws: ExcelJS.Worksheet, row: number): unknown[] {
  return (ws.getRow(row).values as unknown[]).slice(1);
}

describe('meeting ledger xlsx', () => {
  it('writes the merged title and the header row', async () => {
    const ws = sheet(await readBack(input), ledgerSheetName);
    expect(ws.getCell('A1').value).toBe('旗统计局党支部2023年组织生活台账');
    expect(ws.getCell('N1').isMerged).toBe(true);
    expect(ws.getCell('N1').master.address).toBe('A1');
    expect(rowValues(ws, 2)).toEqual([
      '序号',
      '日期',
      '类型',
      '主题',
      '地点',
      '主持人',
      '记录人',
      '应到',
      '实到',
      '请假',
      '缺席',
      '出勤率',
      '研讨材料',
      '交流体会',
    ]);
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('freezes the rows above the data', async () => {
    const ws = sheet(await readBack(input), ledgerSheetName);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(4).width).toBeGreaterThan(ws.getColumn(1).width ?? 0);
  });

  it('writes one row per meeting', async () => {
    const ws = sheet(await readBack(input), ledgerSheetName);
    expect(ws.rowCount).toBe(2 + input.meetings.length);
    expect(rowValues(ws, 4)).toEqual([
      2,
      '2023-02-15',
      '支部党员大会',
      '学习贯彻党的二十大精神',
      '党员活动室',
      '张建国',
      '李晓梅',
      20,
      18,
      1,
      1,
      0.9,
    ]);
    expect(ws.getCell('D4').value).toBe('学习贯彻党的二十大精神');
    expect(ws.getCell('M6').value).toBe(3);
    expect(ws.getCell('N6').value).toBe(5);
  });

  it('stores the attendance rate as a number with a percentage format', async () => {
    const ws = sheet(await readBack(input), ledgerSheetName);
    expect(ws.getCell('L3').value).toBe(1);
    expect(ws.getCell('L4').value).toBeCloseTo(0.9);
    expect(ws.getCell('L4').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('L4').numFmt).toMatch(/%$/);
    expect(ws.getCell('L6').value).toBeNull();
  });

  it('stores formula-like text as quoted text, never as a formula', async () => {
    const ws = sheet(await readBack(input), ledgerSheetName);
    const topic = ws.getCell('D5');
    expect(topic.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(topic.type).toBe(ExcelJS.ValueType.String);
    expect(topic.value).toBe(`'=HYPERLINK("http://x")`);
    expect(ws.getCell('F5').value).toBe("'-张三");
  });

  it('counts meetings per kind on the second sheet', async () => {
    const ws = sheet(await readBack(input), kindSummarySheetName);
    expect(rowValues(ws, 1)).toEqual(['类型', '次数']);
    expect(rowValues(ws, 2)).toEqual(['支委会', 2]);
    expect(rowValues(ws, 3)).toEqual(['支部党员大会', 1]);
    expect(rowValues(ws, 4)).toEqual(['专题研讨', 1]);
    expect(rowValues(ws, 5)).toEqual(['合计', 4]);
  });

  it('writes an empty year with headers only', async () => {
    const workbook = await readBack({ ...input, meetings: [] });
    expect(sheet(workbook, ledgerSheetName).rowCount).toBe(2);
    expect(rowValues(sheet(workbook, kindSummarySheetName), 2)).toEqual(['合计', 0]);
  });
});

describe('ledger helpers', () => {
  it('computes the attendance rate, or null when nobody was expected', () => {
    expect(attendanceRate({ expected: 8, present: 6 })).toBe(0.75);
    expect(attendanceRate({ expected: 0, present: 0 })).toBeNull();
  });

  it('counts kinds in order of first appearance', () => {
    expect(countByKind(input.meetings)).toEqual([
      ['支委会', 2],
      ['支部党员大会', 1],
      ['专题研讨', 1],
    ]);
  });
});
