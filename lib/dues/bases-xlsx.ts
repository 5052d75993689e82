import ExcelJS from 'exceljs';
import { type BaseSheetRow, basesHeaders, basesSheetName } from '@/lib/dues/bases-import';
import { type DuesCategory, duesCategories, duesCategoryLabels, farmerFen, isBanded } from '@/lib/dues/model';
import { fenToYuan, yuanToFen } from '@/lib/money';
import { safeCell } from '@/lib/office/safe-cell';
import { styleHeader } from '@/lib/office/xlsx-sheet';
import { checkIdNumber, idNumberProblemMessages } from '@/lib/people/id-number';
import { guideSheetName, maxSheetRows } from '@/lib/roster/columns';
import type { RosterProblem } from '@/lib/roster/problems';
import { type CellRead, readCell } from '@/lib/roster/read-cells';

/*
 * The 党费基数 workbook: the template to fill in from a payroll sheet, and the reader that gives its
 * rows (lib/dues/bases-import.ts) with every problem by row and column.
 */

const templateColumns = [
  { header: basesHeaders.name, width: 12, text: true },
  { header: basesHeaders.idNumber, width: 22, text: true },
  { header: basesHeaders.category, width: 12, text: true },
  { header: basesHeaders.base, width: 12, text: false },
  { header: basesHeaders.fixed, width: 14, text: false },
];

const categoryLabels = duesCategories.map((c) => duesCategoryLabels[c]);
const categoryList = categoryLabels.join('、');

const guideLines: [string, string][] = [
  [
    '总体',
    `在「${basesSheetName}」表中每行填一名党员，不要改动第1行的列名。导入时选择起始月份和核定日期，对文件中的全部党员生效。`,
  ],
  [
    '全部或全不',
    '导入前逐行检查：只要有一处问题，整个文件都不会导入，并列出每处问题所在的行和列；改正后重新导入即可。',
  ],
  [
    '对应人员',
    '按身份证号找本支部名册中的党员；未填身份证号时按姓名找，本支部有同名的人时须填身份证号。只能为本支部的正式党员和预备党员核定基数。',
  ],
  ['身份证号', '18位，末位可为X；请按文本填写（否则 Excel 会丢掉末尾几位）。'],
  ['类别', categoryList],
  [
    '基数（元）',
    '在职、年薪制、个体经营填税后月工资（收入），离退休填月养老金（离退休费）；到分为止，如 5280.50。其他类别不填。',
  ],
  [
    '每月交纳（元，仅农民）',
    `农民党员每月交纳的金额，${fenToYuan(farmerFen.min)}元至${fenToYuan(farmerFen.max)}元；学生、下岗失业、低保等困难党员每月交纳0.20元，不填。`,
  ],
  ['同月已核定', '已在同一起始月份核定过基数的党员，以本次导入的为准，原记录删除并留痕，导入结果中注明。'],
];

/** The empty template: the 党费基数 sheet (类别 offered as a list) and the 填写说明. */
export async function basesTemplateXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(basesSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text columns stay text, so an ID number keeps its last digits.
  sheet.columns = templateColumns.map((c) => ({ width: c.width, style: { numFmt: c.text ? '@' : '0.00' } }));
  styleHeader(sheet.addRow(templateColumns.map((c) => c.header)));
  // exceljs keeps a range's validation as one entry, but its types declare only the per-cell one.
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  validations.add(`C2:C${maxSheetRows + 1}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${categoryLabels.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '类别',
    error: `类别应为${categoryList}之一`,
  });

  const guide = workbook.addWorksheet(guideSheetName);
  guide.columns = [{ width: 22 }, { width: 90 }];
  styleHeader(guide.addRow(['项目', '说明']));
  for (const line of guideLines) guide.addRow(line.map((v) => safeCell(v))).alignment = { wrapText: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const categoryByText = new Map<string, DuesCategory>(
  duesCategories.flatMap((c): [string, DuesCategory][] => [
    [duesCategoryLabels[c], c],
    [c, c],
  ]),
);

type Located = (row: number, column: string, message: string) => void;

/** An amount column's cell in 分: null when empty or unreadable (the reason reported, named after the column). */
function amountIn(cells: Map<string, CellRead>, column: string, at: (column: string, message: string) => void) {
  const cell = cells.get(column)!;
  if (cell.text === null) return { fen: null, unreadable: !!cell.problem };
  const fen = yuanToFen(cell.text);
  if (typeof fen === 'number') return { fen, unreadable: false };
  at(column, fen.problem.replace(/^金额/, column.replace(/（.*$/, '')));
  return { fen: null, unreadable: true };
}

function readRow(row: number, cells: Map<string, CellRead>, located: Located): BaseSheetRow | null {
  const h = basesHeaders;
  let ok = true;
  const at = (column: string, message: string) => {
    ok = false;
    located(row, column, message);
  };
  for (const [column, cell] of cells) if (cell.problem) at(column, cell.problem);
  const text = (header: string) => cells.get(header)?.text ?? null;

  const name = text(h.name);
  if (!name && !cells.get(h.name)!.problem) at(h.name, '请填写姓名');
  const idCell = cells.get(h.idNumber)!;
  const idNumber = idCell.text?.toUpperCase() ?? null;
  if (idNumber && idCell.numeric)
    at(h.idNumber, '身份证号须按文本填写：Excel 把它当作数字时会丢掉末尾几位。请把单元格格式设为“文本”后重新输入');
  else if (idNumber) {
    const problem = checkIdNumber(idNumber);
    if (problem) at(h.idNumber, idNumberProblemMessages[problem]);
  }

  const categoryText = text(h.category);
  const category = categoryText === null ? undefined : categoryByText.get(categoryText);
  if (categoryText === null && !cells.get(h.category)!.problem) at(h.category, `请填写类别：${categoryList}`);
  else if (categoryText !== null && !category)
    at(h.category, `类别「${categoryText}」无法识别，应为${categoryList}之一`);

  // Each category reads only its own amount column: a payroll sheet may carry pay for everyone.
  let baseFen: number | null = null;
  let fixedFen: number | null = null;
  if (category && isBanded(category)) {
    const base = amountIn(cells, h.base, at);
    baseFen = base.fen;
    if (base.fen === null && !base.unreadable) at(h.base, `${duesCategoryLabels[category]}党员请填写基数（元）`);
  }
  if (category === 'farmer') {
    const fixed = amountIn(cells, h.fixed, at);
    fixedFen = fixed.fen;
    if (!fixed.unreadable && (fixed.fen === null || fixed.fen < farmerFen.min || fixed.fen > farmerFen.max))
      at(h.fixed, '农民党员每月交纳0.2元至1元');
  }
  return ok && name && category ? { row, name, idNumber, category, baseFen, fixedFen } : null;
}

/** The header row: the first of rows 1–3 naming 姓名 and 类别. */
function headerRow(sheet: ExcelJS.Worksheet): { row: number; columns: Map<string, number> } | null {
  for (let r = 1; r <= Math.min(3, sheet.rowCount); r++) {
    const columns = new Map<string, number>();
    sheet.getRow(r).eachCell((cell, col) => {
      const { text } = readCell(cell.value);
      if (text && !columns.has(text)) columns.set(text, col);
    });
    if (columns.has(basesHeaders.name) && columns.has(basesHeaders.category)) return { row: r, columns };
  }
  return null;
}

/**
 * Reads a filled-in template. Every row is checked (name, ID number, category, the base or a farmer's
 * amount) and every problem reported by row and column; `rows` holds the rows without problems.
 */
export async function readBasesWorkbook(
  bytes: Uint8Array,
): Promise<{ rows: BaseSheetRow[]; problems: RosterProblem[] }> {
  const rows: BaseSheetRow[] = [];
  const problems: RosterProblem[] = [];
  const fileProblem = (message: string) => ({ rows, problems: [{ sheet: '', row: 0, column: '', message }] });
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    return fileProblem('无法读取文件：请上传用 Excel 或 WPS 保存的 .xlsx 工作簿');
  }
  const sheet = workbook.getWorksheet(basesSheetName) ?? workbook.worksheets[0];
  if (!sheet) return fileProblem('文件中没有工作表');
  const header = headerRow(sheet);
  if (!header)
    return fileProblem(`没有找到「${basesHeaders.name}」「${basesHeaders.category}」列：请使用下载的模板填写`);
  const headers = Object.values(basesHeaders);
  const missing = headers.filter((h) => !header.columns.has(h));
  if (missing.length) {
    for (const column of missing)
      problems.push({
        sheet: sheet.name,
        row: header.row,
        column,
        message: `缺少「${column}」列：请使用下载的模板填写`,
      });
    return { rows, problems };
  }
  if (sheet.actualRowCount - header.row > maxSheetRows)
    return fileProblem(`行数过多：一次最多导入 ${maxSheetRows} 行，请分批导入`);

  const located: Located = (row, column, message) => problems.push({ sheet: sheet.name, row, column, message });
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = new Map(headers.map((h) => [h, readCell(row.getCell(header.columns.get(h)!).value)]));
    if ([...cells.values()].every((c) => c.text === null && !c.problem)) continue;
    const read = readRow(r, cells, located);
    if (read) rows.push(read);
  }
  if (rows.length === 0 && problems.length === 0) return fileProblem('文件中没有要导入的党员');
  return { rows, problems };
}
