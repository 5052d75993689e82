import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guideSheetName, rosterSheetName, stepsSheetName } from '@/lib/roster/columns';
import { readRosterWorkbook } from '@/lib/roster/read-workbook';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import { sampleRoster as data, loadWorkbook } from '@/tests/support/roster-workbook';

describe('writeRosterWorkbook', () => {
  it('writes the empty template: the two sheets with their header rows only, bold and frozen, and the instructions', async () => {
    const workbook = await loadWorkbook(await writeRosterWorkbook({ people: [], steps: [] }));

    expect(workbook.worksheets.map((s) => s.name)).toEqual([rosterSheetName, stepsSheetName, guideSheetName]);
    const roster = workbook.getWorksheet(rosterSheetName)!;
    expect(roster.rowCount).toBe(1);
    expect(roster.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '性别',
      '民族',
      '出生日期',
      '学历',
      '工作单位',
      '职务',
      '联系电话',
      '身份证号',
      '家庭住址',
      '政治面貌',
      '入党日期',
      '转正日期',
      '党小组',
      '支委职务',
      '终止发展日期',
      '终止发展原因',
      '版本（请勿修改）',
      '党纪处分',
    ]);
    const steps = workbook.getWorksheet(stepsSheetName)!;
    expect(steps.rowCount).toBe(1);
    expect(steps.getRow(1).values).toEqual([
      undefined,
      '姓名',
      '步骤序号',
      '步骤',
      '日期',
      '说明',
      '培养联系人',
      '入党介绍人',
      '培训天数',
      '培训学时',
      '应到',
      '赞成',
      '反对',
      '弃权',
      '延长预备期（月）',
      '结论',
    ]);
    for (const sheet of [roster, steps]) {
      expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const guide = workbook.getWorksheet(guideSheetName)!;
    expect(guide.rowCount).toBeGreaterThan(25);
  });

  it('writes labels rather than codes, dates as text and step numbers with their names', async () => {
    const workbook = await loadWorkbook(await writeRosterWorkbook(data));
    const roster = workbook.getWorksheet(rosterSheetName)!;
    expect(roster.getRow(2).getCell(2).value).toBe('男');
    expect(roster.getRow(2).getCell(4).value).toBe('1980-03-12');
    expect(roster.getRow(2).getCell(11).value).toBe('正式党员');
    expect(roster.getRow(4).getCell(11).value).toBe('预备党员');
    expect(roster.getRow(2).getCell(18).value).toBe(3);
    expect(roster.getRow(5).getCell(16).value).toBe('2023-04-01');
    expect(roster.getRow(5).getCell(18).value).toBeNull();
    const steps = workbook.getWorksheet(stepsSheetName)!;
    expect(steps.getRow(6).values).toEqual([
      undefined,
      '王小燕',
      5,
      '指定培养联系人',
      '2021-09-20',
      undefined,
      '张建国、李娜',
    ]);
  });

  it('keeps a formula-looking cell as text, and reads it back as it was', async () => {
    const buffer = await writeRosterWorkbook(data);
    const workbook = await loadWorkbook(buffer);
    const cell = workbook.getWorksheet(rosterSheetName)!.getRow(4).getCell(6);

    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://evil.example","点这里")`);
    expect(workbook.getWorksheet(rosterSheetName)!.getRow(4).getCell(7).value).toBe("'-统计员");

    const { rows, problems } = await readRosterWorkbook(buffer);
    expect(problems).toEqual([]);
    expect(rows.people[2].unit).toBe('=HYPERLINK("http://evil.example","点这里")');
    expect(rows.people[2].post).toBe('-统计员');
    expect(rows.steps[6].result).toBe('=表现良好');
  });
});
