import ExcelJS from 'exceljs';
import { developmentStageLabels, developmentSteps, stepNumber } from '@/lib/development/steps';
import { safeCell } from '@/lib/office/safe-cell';
import { styleHeader } from '@/lib/office/xlsx-sheet';
import {
  committeeTitles,
  disciplineKindLabels,
  educationLevels,
  genderLabels,
  politicalStatusLabels,
} from '@/lib/people/model';
import {
  branchMark,
  guideSheetName,
  personColumns,
  type RosterPerson,
  type RosterStep,
  type RosterWorkbook,
  rosterSheetName,
  stepColumns,
  stepsSheetName,
} from '@/lib/roster/columns';
import { disciplineCellExample, disciplineCellText } from '@/lib/roster/discipline-cell';

/*
 * Writes the member-development workbook for people to read and fill in: labels rather than codes,
 * dates as 'YYYY-MM-DD' text, and a sheet of instructions. lib/roster/read-workbook.ts reads it back.
 */

const nameSeparator = '、';

/** A sheet with a bold, frozen header row; text columns are formatted as text so typed dates and ID numbers stay text. */
function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number; numeric?: boolean }[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numeric ? {} : { numFmt: '@' } }));
  styleHeader(sheet.addRow(columns.map((c) => c.header)));
  return sheet;
}

const text = (value: string | null): string | null => safeCell(value);

function personCells(p: RosterPerson): (string | number | null)[] {
  return personColumns.map(({ key }) => {
    if (key === 'gender') return genderLabels[p.gender];
    if (key === 'politicalStatus') return politicalStatusLabels[p.politicalStatus];
    if (key === 'version') return p.version;
    if (key === 'disciplines') return text(disciplineCellText(p.disciplines));
    return text(p[key]);
  });
}

function stepCells(s: RosterStep): (string | number | null)[] {
  return stepColumns.map(({ key }) => {
    switch (key) {
      case 'number':
        return stepNumber(s.code);
      case 'stepName':
        return developmentSteps[stepNumber(s.code) - 1].name;
      case 'contactNames':
      case 'introducerNames':
        return text(s[key].join(nameSeparator) || null);
      case 'name':
      case 'date':
      case 'note':
      case 'result':
        return text(s[key]);
      default:
        return s[key];
    }
  });
}

function addGuideSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(guideSheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [{ width: 16 }, { width: 96 }];
  styleHeader(sheet.addRow(['项目', '说明']));
  const lines: [string, string][] = [
    ['总体', '先填「党员名册」（每行一人），再填「发展过程」（每行一个已完成的步骤）。请不要改动两张表第1行的列名。'],
    [
      '全部或全不',
      '导入前逐行检查：文件中只要有一处问题，整个文件都不会导入，并列出每处问题所在的工作表、行和列；改正后重新导入即可。',
    ],
    [
      '对应人员',
      '按身份证号找本支部已有的人员，未填身份证号时按姓名找；找到则更新其信息，找不到则新增。文件中没有的人员不会被删除。同一文件中姓名不能重复。',
    ],
    ['必填项', '姓名、性别、民族、政治面貌。正式党员还须填入党日期和转正日期，预备党员须填入党日期。'],
    ['日期', '一律写成「年-月-日」，如 2023-07-01（也可写 2023/7/1）；不能晚于今天。'],
    ['性别', '男、女'],
    ['政治面貌', Object.values(politicalStatusLabels).join('、')],
    ['学历', `${educationLevels.join('、')}（可不填）`],
    ['身份证号', '18位，末位可为X；请按文本填写（否则 Excel 会丢掉末尾几位）。会核对校验位及与出生日期是否一致。'],
    ['联系电话', '11位手机号或带区号的固定电话，可不填。'],
    ['党小组', '本支部党小组的名称，可不填；尚未设立的党小组可在导入时由书记一并设立。'],
    ['支委职务', `${committeeTitles.join('、')}（只能由党员担任；只有书记导入时才会修改，其他人导入时保留原有职务）`],
    [
      '党纪处分',
      `党员受过的党纪处分，可不填。每条写成「种类[期限]，决定日期，决定机关[，事由]」，如「${disciplineCellExample}」「严重警告，2023-05-06，县纪委」；多条用「；」分隔。种类为${Object.values(disciplineKindLabels).join('、')}；留党察看须写期限（一年或两年），察看期内的党员不能担任入党介绍人。导入时只新增系统中还没有的处分（同一种类、同一决定日期），不会删除已有的；此列仅书记和支委可见，无权查看时导出为空。`,
    ],
    [
      '发展过程',
      '姓名须在「党员名册」中；按步骤序号（见下表）从第1步起依次填写，每一步都按《中国共产党发展党员工作细则》检查时间和条件。已记录过的步骤（同一步骤、同一日期）不会重复导入。',
    ],
    ['政治面貌与发展过程', '有发展过程的人员，政治面貌和入党日期、转正日期以发展过程为准，导入后自动更新。'],
    [
      '终止发展',
      '因调离、本人放弃、未被批准等终止发展，或取消预备党员资格时，填写终止发展日期和原因（两项都要填）。此人须有发展过程且不是正式党员；终止后政治面貌为群众，不能再记录发展步骤。',
    ],
    [
      '版本（请勿修改）',
      '导出时每人资料的版本号。导入时如发现此人的资料在导出后已在系统中被修改，会提示重新导出，以免覆盖他人的修改。新增人员不填。',
    ],
    ['培养联系人', '第5步填写，1至2名正式党员的姓名，多人用「、」分隔。'],
    ['入党介绍人', '第9步填写，2名正式党员的姓名，用「、」分隔。'],
    ['培训天数、培训学时', '第11步填写，不少于3天或不少于24学时。'],
    ['应到、赞成、反对、弃权', '第15步和第23步（支部党员大会表决）填写人数。'],
    ['延长预备期（月）', '第21步如延长预备期则填写6至12，不延长不填。'],
    ['结论', '第6、10、13、21步可填写。'],
  ];
  for (const line of lines) sheet.addRow(line.map((v) => safeCell(v))).alignment = { vertical: 'top', wrapText: true };

  sheet.addRow([]);
  styleHeader(sheet.addRow(['步骤序号', '步骤（所属阶段）']));
  for (const step of developmentSteps) {
    sheet.addRow([stepNumber(step.code), `${step.name}（${developmentStageLabels[step.stage]}）`]);
  }
}

/**
 * The workbook: 党员名册, 发展过程 and 填写说明. With no people and no steps it is the empty template
 * (header rows only, plus the instructions).
 */
export async function writeRosterWorkbook(data: RosterWorkbook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  if (data.branchId) workbook.keywords = branchMark(data.branchId);
  const roster = addTableSheet(workbook, rosterSheetName, personColumns);
  for (const p of data.people) roster.addRow(personCells(p));
  const steps = addTableSheet(workbook, stepsSheetName, stepColumns);
  for (const s of data.steps) steps.addRow(stepCells(s));
  addGuideSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
