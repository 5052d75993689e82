import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { basesSheetName } from '@/lib/dues/bases-import';
import { basesTemplateXlsx, readBasesWorkbook } from '@/lib/dues/bases-xlsx';
import { guideSheetName } from '@/lib/roster/columns';
import { idNumber } from '@/tests/support/roster-workbook';

/* The 党费基数 template and its reader. */

async function filled(rows: unknown[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await basesTemplateXlsx()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(basesSheetName)!;
  rows.forEach((row, i) => {
    sheet.getRow(i + 2).values = row as ExcelJS.CellValue[];
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const zhang = idNumber('1980-03-12');
const li = idNumber('1975-08-01', '456');

describe('basesTemplateXlsx', () => {
  it('has the header row the reader expects, 类别 offered as a list, and the 填写说明', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await basesTemplateXlsx()) as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(basesSheetName)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '姓名',
      '身份证号',
      '类别',
      '基数（元）',
      '每月交纳（元，仅农民）',
    ]);
    expect(sheet.getCell('C2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"在职,年薪制,个体经营,离退休,农民,学生,下岗失业,低保等困难"'],
    });
    expect(workbook.getWorksheet(guideSheetName)!.rowCount).toBeGreaterThan(5);
    const read = await readBasesWorkbook(new Uint8Array(await basesTemplateXlsx()));
    expect(read.problems.map((p) => p.message)).toEqual(['文件中没有要导入的党员']);
  });
});

describe('readBasesWorkbook', () => {
  it('reads labels and amounts in 元 into codes and 分; each category keeps only its own amount', async () => {
    const read = await readBasesWorkbook(
      await filled([
        ['张建国', zhang, '在职', 5280.5, null],
        ['李梅', li, '离退休', '4000元', '0.5'],
        ['王强', null, '农民', null, 0.5],
        ['赵敏', null, '学生', 3000, null],
        [],
        ['钱进', null, 'annual_salary', '12000.00', null],
      ]),
    );
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      { row: 2, name: '张建国', idNumber: zhang, category: 'in_service', baseFen: 528_050, fixedFen: null },
      { row: 3, name: '李梅', idNumber: li, category: 'retired', baseFen: 400_000, fixedFen: null },
      { row: 4, name: '王强', idNumber: null, category: 'farmer', baseFen: null, fixedFen: 50 },
      { row: 5, name: '赵敏', idNumber: null, category: 'student', baseFen: null, fixedFen: null },
      { row: 7, name: '钱进', idNumber: null, category: 'annual_salary', baseFen: 1_200_000, fixedFen: null },
    ]);
  });

  it('reports every problem of every row by row and column, and returns only the rows without one', async () => {
    const read = await readBasesWorkbook(
      await filled([
        ['张建国', zhang, '干部', 5000, null],
        ['李梅', null, '在职', -100, null],
        ['王强', null, '在职', 3000.005, null],
        ['赵敏', null, '离退休', null, null],
        ['孙农', null, '农民', null, 1.5],
        ['周农', null, '农民', null, '0.1'],
        ['吴农', null, '农民', null, null],
        ['郑一', '152923198003121234', '学生', null, null],
        ['冯二', 152923198003121, '学生', null, null],
        [null, null, '学生', null, null],
        ['陈三', null, '在职', { formula: 'A1*2', result: 10 }, null],
        ['褚四', null, '在职', '5,000', null],
        ['卫五', null, '学生', null, null],
      ]),
    );
    expect(read.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, '类别', '类别「干部」无法识别，应为在职、年薪制、个体经营、离退休、农民、学生、下岗失业、低保等困难之一'],
      [3, '基数（元）', '基数不能为负数'],
      [4, '基数（元）', '基数最多保留两位小数（到分）'],
      [5, '基数（元）', '离退休党员请填写基数（元）'],
      [6, '每月交纳（元，仅农民）', '农民党员每月交纳0.2元至1元'],
      [7, '每月交纳（元，仅农民）', '农民党员每月交纳0.2元至1元'],
      [8, '每月交纳（元，仅农民）', '农民党员每月交纳0.2元至1元'],
      [9, '身份证号', '身份证号校验位不正确，请核对'],
      [10, '身份证号', '身份证号须按文本填写：Excel 把它当作数字时会丢掉末尾几位。请把单元格格式设为“文本”后重新输入'],
      [11, '姓名', '请填写姓名'],
      [12, '基数（元）', '单元格中是公式，请改为直接填写内容（可复制后“选择性粘贴”为数值）'],
      [13, '基数（元）', '基数应为数字，单位为元，如 1200 或 1200.50'],
    ]);
    expect(read.problems.every((p) => p.sheet === basesSheetName)).toBe(true);
    expect(read.rows.map((r) => r.name)).toEqual(['卫五']);
  });

  it('refuses a file that is not a workbook, or lacks a column', async () => {
    const junk = await readBasesWorkbook(new TextEncoder().encode('姓名,类别'));
    expect(junk.problems[0].message).toContain('无法读取文件');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('工资表').addRow(['姓名', '类别', '基数（元）']);
    const partial = await readBasesWorkbook(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(partial.problems.map((p) => [p.row, p.column])).toEqual([
      [1, '身份证号'],
      [1, '每月交纳（元，仅农民）'],
    ]);
  });
});
