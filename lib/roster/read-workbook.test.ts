import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ParsedWorkbook, type RosterWorkbook, rosterSheetName, stepsSheetName } from '@/lib/roster/columns';
import { readRosterWorkbook } from '@/lib/roster/read-workbook';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import { sampleRoster as data, idNumber, loadWorkbook } from '@/tests/support/roster-workbook';

const withoutRows = (rows: ParsedWorkbook): RosterWorkbook => ({
  people: rows.people.map(({ row: _row, ...p }) => p),
  steps: rows.steps.map(({ row: _row, ...s }) => s),
  branchId: rows.branchId,
});

/** The workbook written for `input`, with cells changed as a user would in Excel. */
async function edited(input: RosterWorkbook, edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await loadWorkbook(await writeRosterWorkbook(input));
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sets a cell by its header text on a data row. */
function setCell(workbook: ExcelJS.Workbook, sheetName: string, row: number, header: string, value: ExcelJS.CellValue) {
  const sheet = workbook.getWorksheet(sheetName)!;
  let column = 0;
  sheet.getRow(1).eachCell((cell, col) => {
    if (cell.value === header) column = col;
  });
  if (!column) throw new Error(`no column ${header} on ${sheetName}`);
  sheet.getRow(row).getCell(column).value = value;
}

describe('readRosterWorkbook', () => {
  it('reads back exactly what was written, with the row each came from', async () => {
    const { rows, problems } = await readRosterWorkbook(await writeRosterWorkbook(data), {
      groupNames: ['第一党小组', '第二党小组'],
    });

    expect(problems).toEqual([]);
    expect(withoutRows(rows)).toEqual(data);
    expect(rows.people.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(rows.steps.map((s) => s.row)).toEqual(data.steps.map((_, i) => i + 2));
  });

  it('reads the empty template as nothing, without problems', async () => {
    expect(await readRosterWorkbook(await writeRosterWorkbook({ people: [], steps: [] }))).toEqual({
      rows: { people: [], steps: [], branchId: null },
      problems: [],
      readings: [],
      newGroups: [],
    });
  });

  it('reads the branch an export was made for, and none for a workbook without the mark', async () => {
    expect((await readRosterWorkbook(await writeRosterWorkbook(data))).rows.branchId).toBe(7);
    expect(
      (await readRosterWorkbook(await writeRosterWorkbook({ ...data, branchId: undefined }))).rows.branchId,
    ).toBeNull();
  });

  it('reports a changed version, and a 终止发展 date without its reason or the other way round', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 2, '版本（请勿修改）', '第3版');
      setCell(workbook, rosterSheetName, 3, '终止发展日期', '2023-02-30');
      setCell(workbook, rosterSheetName, 3, '终止发展原因', '本人申请放弃');
      setCell(workbook, rosterSheetName, 4, '终止发展日期', '2025/7/1');
      setCell(workbook, rosterSheetName, 5, '终止发展日期', null);
    });
    const { rows, problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([
      {
        sheet: rosterSheetName,
        row: 2,
        column: '版本（请勿修改）',
        message: '版本（请勿修改）「第3版」无效：请保留导出时的数字，新增人员不填',
      },
      {
        sheet: rosterSheetName,
        row: 3,
        column: '终止发展日期',
        message: '终止发展日期「2023-02-30」无效，应为有效日期，格式如 2023-07-01',
      },
      { sheet: rosterSheetName, row: 4, column: '终止发展原因', message: '填写了终止发展日期，请同时填写终止发展原因' },
      { sheet: rosterSheetName, row: 5, column: '终止发展日期', message: '填写了终止发展原因，请同时填写终止发展日期' },
    ]);
    expect(rows.people).toEqual([]);
  });

  it('reports a bad ID number, an unknown 政治面貌, an unknown 党小组 and a step of someone not on the roster, each with its row', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 3, '身份证号', '15292319840905123');
      setCell(workbook, rosterSheetName, 4, '政治面貌', '共产党员');
      setCell(workbook, rosterSheetName, 5, '党小组', '第三党小组');
      setCell(workbook, stepsSheetName, 4, '姓名', '王晓燕');
    });

    const { rows, problems } = await readRosterWorkbook(buffer, { groupNames: ['第一党小组', '第二党小组'] });

    expect(problems).toEqual([
      { sheet: rosterSheetName, row: 3, column: '身份证号', message: '身份证号应为18位，前17位为数字，末位为数字或X' },
      {
        sheet: rosterSheetName,
        row: 4,
        column: '政治面貌',
        message: expect.stringContaining('政治面貌「共产党员」无法识别'),
      },
      {
        sheet: rosterSheetName,
        row: 5,
        column: '党小组',
        message: expect.stringContaining('本支部没有名为「第三党小组」的党小组'),
      },
      {
        sheet: stepsSheetName,
        row: 4,
        column: '姓名',
        message: expect.stringContaining('「王晓燕」不在「党员名册」工作表中'),
      },
    ]);
    expect(rows.people.map((p) => p.name)).toEqual(['张建国']);
    expect(rows.steps).toHaveLength(data.steps.length - 1);
  });

  it('reports every problem of a row at once: an unreadable 政治面貌 does not hide a wrong ID checksum', async () => {
    const valid = data.people[1].idNumber!;
    const wrongChecksum = valid.slice(0, 17) + (valid[17] === '1' ? '2' : '1');
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 3, '政治面貌', '共产党员');
      setCell(workbook, rosterSheetName, 3, '身份证号', wrongChecksum);
    });
    const { problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([
      {
        sheet: rosterSheetName,
        row: 3,
        column: '政治面貌',
        message: expect.stringContaining('政治面貌「共产党员」无法识别'),
      },
      { sheet: rosterSheetName, row: 3, column: '身份证号', message: '身份证号校验位不正确，请核对' },
    ]);
  });

  it('reads the usual HR ways of writing a value as the app’s own and says how it read each', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 2, '政治面貌', '中共党员');
      setCell(workbook, rosterSheetName, 2, '性别', '男性');
      setCell(workbook, rosterSheetName, 2, '民族', '汉');
      setCell(workbook, rosterSheetName, 2, '入党日期', '2005.06.20');
      setCell(workbook, rosterSheetName, 2, '转正日期', '2006年6月20日');
      setCell(workbook, rosterSheetName, 4, '政治面貌', '中共预备党员');
    });
    const { rows, problems, readings } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([]);
    expect(rows.people[0]).toMatchObject({
      politicalStatus: 'full',
      gender: 'male',
      ethnicity: '汉族',
      probationaryDate: '2005-06-20',
      fullMemberDate: '2006-06-20',
    });
    expect(rows.people[2].politicalStatus).toBe('probationary');
    expect(readings.map((r) => `${r.row} ${r.column} ${r.message}`)).toEqual([
      '2 性别 「男性」读作「男」',
      '2 政治面貌 「中共党员」读作「正式党员」',
      '2 入党日期 「2005.06.20」读作「2005年6月20日」',
      '2 民族 「汉」读作「汉族」',
      '4 政治面貌 「中共预备党员」读作「预备党员」',
    ]);
  });

  it('without the branch’s groups, leaves 党小组 to be checked on import', async () => {
    const buffer = await edited(data, (workbook) => setCell(workbook, rosterSheetName, 5, '党小组', '第三党小组'));
    const { rows, problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([]);
    expect(rows.people[3].groupName).toBe('第三党小组');
  });

  it('reports what the person schema refuses, under the column it concerns', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 2, '转正日期', null); // a full member without full membership date
      setCell(workbook, rosterSheetName, 3, '联系电话', '12345');
      setCell(workbook, rosterSheetName, 5, '性别', '未知');
      setCell(workbook, rosterSheetName, 5, '民族', null);
    });
    const { problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([
      { sheet: rosterSheetName, row: 2, column: '转正日期', message: '正式党员需填写转正日期' },
      { sheet: rosterSheetName, row: 3, column: '联系电话', message: '联系电话应为11位手机号或带区号的固定电话' },
      { sheet: rosterSheetName, row: 5, column: '民族', message: '请填写民族' },
      { sheet: rosterSheetName, row: 5, column: '性别', message: '性别「未知」无法识别，应为「男」或「女」' },
    ]);
  });

  it('reports duplicate names and ID numbers, and steps with wrong numbers, dates, numbers or fields', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 3, '姓名', '张建国');
      setCell(workbook, rosterSheetName, 4, '身份证号', idNumber('1980-03-12'));
      setCell(workbook, rosterSheetName, 4, '出生日期', '1980-03-12');
      setCell(workbook, stepsSheetName, 2, '步骤序号', 26);
      setCell(workbook, stepsSheetName, 3, '步骤', '确定入党介绍人');
      setCell(workbook, stepsSheetName, 4, '日期', '2021-02-30');
      setCell(workbook, stepsSheetName, 5, '培训天数', 3);
      setCell(workbook, stepsSheetName, 11, '培训学时', '二十四');
    });
    const { problems } = await readRosterWorkbook(buffer);
    const located = problems.map((p) => [p.sheet, p.row, p.column]);
    expect(located).toEqual([
      [rosterSheetName, 3, '姓名'],
      [rosterSheetName, 4, '身份证号'],
      [stepsSheetName, 2, '步骤序号'],
      [stepsSheetName, 3, '步骤'],
      [stepsSheetName, 4, '日期'],
      [stepsSheetName, 5, '培训天数'],
      [stepsSheetName, 11, '培训学时'],
    ]);
    expect(problems[0].message).toContain('与第2行重复');
    expect(problems[3].message).toBe('第2步是「党组织派人谈话」，与填写的「确定入党介绍人」不符，请核对步骤序号');
    expect(problems[5].message).toBe('第4步「上级党委备案」不填写「培训天数」');
  });

  it('accepts dates typed as Excel dates or with slashes, and a step given by its unique name only', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 2, '出生日期', new Date(Date.UTC(1980, 2, 12)));
      workbook.getWorksheet(rosterSheetName)!.getRow(2).getCell(4).numFmt = 'yyyy-mm-dd';
      setCell(workbook, stepsSheetName, 2, '日期', new Date(Date.UTC(2021, 2, 2)));
      workbook.getWorksheet(stepsSheetName)!.getRow(2).getCell(4).numFmt = 'yyyy/m/d';
      setCell(workbook, rosterSheetName, 2, '入党日期', '2005/6/20');
      setCell(workbook, rosterSheetName, 2, '转正日期', '2006年6月20日');
      setCell(workbook, stepsSheetName, 3, '步骤序号', null);
    });
    const { rows, problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([]);
    expect(withoutRows(rows)).toEqual(data);
  });

  it('refuses formulas, ID numbers and dates typed as numbers, and a step name shared by two steps', async () => {
    const buffer = await edited(data, (workbook) => {
      setCell(workbook, rosterSheetName, 2, '职务', { formula: 'A1&"长"', result: '张建国长' });
      setCell(workbook, rosterSheetName, 3, '出生日期', 31000);
      // biome-ignore lint/correctness/noPrecisionLoss: a spreadsheet that stored the ID as a number has already lost digits.
      setCell(workbook, rosterSheetName, 5, '身份证号', 152923198003121230);
      setCell(workbook, stepsSheetName, 12, '步骤序号', null);
    });
    const { problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([
      { sheet: rosterSheetName, row: 2, column: '职务', message: expect.stringContaining('公式') },
      {
        sheet: rosterSheetName,
        row: 3,
        column: '出生日期',
        message: '出生日期应填写为「年-月-日」格式的日期，如 2023-07-01（现为数字 31000）',
      },
      { sheet: rosterSheetName, row: 5, column: '身份证号', message: expect.stringContaining('按文本填写') },
      {
        sheet: stepsSheetName,
        row: 12,
        column: '步骤序号',
        message: '「支部党员大会讨论」是第15步和第23步的名称，请填写步骤序号',
      },
    ]);
  });

  it('reports a missing column, a sheet without header and a file that is not a workbook', async () => {
    const buffer = await edited(data, (workbook) => setCell(workbook, rosterSheetName, 1, '身份证号', '证件号'));
    expect((await readRosterWorkbook(buffer)).problems).toEqual([
      {
        sheet: rosterSheetName,
        row: 1,
        column: '身份证号',
        message: '缺少「身份证号」列：请使用下载的模板，不要改动第1行的列名',
      },
    ]);

    const noHeader = await edited(data, (workbook) => {
      workbook.removeWorksheet(workbook.getWorksheet(stepsSheetName)!.id);
      workbook.addWorksheet(stepsSheetName);
    });
    expect((await readRosterWorkbook(noHeader)).problems).toEqual([
      { sheet: stepsSheetName, row: 1, column: '', message: '第1行没有列名：请使用下载的模板填写' },
    ]);

    const notXlsx = await readRosterWorkbook(new TextEncoder().encode('PK\x03\x04 not really a zip'));
    expect(notXlsx.problems).toEqual([
      { sheet: '', row: 0, column: '', message: expect.stringContaining('无法读取文件') },
    ]);
  });
});
