import ExcelJS from 'exceljs';
import { chineseDate } from '@/lib/dates';
import {
  type DevelopmentStepCode,
  developmentStageLabels,
  developmentSteps,
  stepNumber,
} from '@/lib/development/steps';
import { safeCell } from '@/lib/office/safe-cell';
import { styleHeader } from '@/lib/office/xlsx-sheet';
import { isRealDate } from '@/lib/people/id-number';
import {
  committeeTitles,
  educationLevels,
  type Gender,
  genderLabels,
  type PoliticalStatus,
  politicalStatusLabels,
} from '@/lib/people/model';
import { readNewPerson } from '@/lib/people/validation';
import type { RosterProblem } from '@/lib/roster/problems';

/*
 * The member-development workbook: the roster (党员名册) and the recorded development steps (发展过程)
 * of a branch, written for people to read and fill in — labels rather than codes, dates as
 * 'YYYY-MM-DD' text — and read back into codes with a problem list that names sheet, row and column.
 * Pure: no database, no request. Writing and reading the same data gives the same data.
 */

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

export type RosterPerson = {
  name: string;
  gender: Gender;
  ethnicity: string;
  birthDate: string | null;
  education: string | null;
  unit: string | null;
  post: string | null;
  phone: string | null;
  idNumber: string | null;
  address: string | null;
  politicalStatus: PoliticalStatus;
  probationaryDate: string | null;
  fullMemberDate: string | null;
  groupName: string | null;
  committeeTitle: string | null;
  /** 终止发展 or 取消预备党员资格 of the person's development record, with its reason. */
  stoppedAt: string | null;
  stopReason: string | null;
  /** The person's version when exported (null for a new row): an import refuses rows edited since. */
  version: number | null;
};

/** One recorded step, with the people it names by name (the sheet has no ids). */
export type RosterStep = {
  name: string;
  code: DevelopmentStepCode;
  date: string;
  note: string | null;
  contactNames: string[];
  introducerNames: string[];
  days: number | null;
  hours: number | null;
  expectedVoting: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  extensionMonths: number | null;
  result: string | null;
};

export type RosterWorkbook = {
  people: RosterPerson[];
  steps: RosterStep[];
  /** The branch exported (absent for the template): versions are compared only on import into it. */
  branchId?: number | null;
};

/** What a valid sheet row gives, with the row number it came from (for problems found later). */
export type ParsedWorkbook = {
  people: (RosterPerson & { row: number })[];
  steps: (RosterStep & { row: number })[];
  branchId: number | null;
};

export const rosterSheetName = '党员名册';
export const stepsSheetName = '发展过程';
export const guideSheetName = '填写说明';

/** At most this many data rows per sheet are read. */
export const maxSheetRows = 5000;

// ---------------------------------------------------------------------------------------------
// Columns
// ---------------------------------------------------------------------------------------------

type PersonKey = keyof RosterPerson;

type PersonColumn = { key: PersonKey; header: string; width: number; numeric?: boolean };

const personColumns: PersonColumn[] = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'gender', header: '性别', width: 6 },
  { key: 'ethnicity', header: '民族', width: 8 },
  { key: 'birthDate', header: '出生日期', width: 12 },
  { key: 'education', header: '学历', width: 11 },
  { key: 'unit', header: '工作单位', width: 20 },
  { key: 'post', header: '职务', width: 16 },
  { key: 'phone', header: '联系电话', width: 14 },
  { key: 'idNumber', header: '身份证号', width: 21 },
  { key: 'address', header: '家庭住址', width: 30 },
  { key: 'politicalStatus', header: '政治面貌', width: 13 },
  { key: 'probationaryDate', header: '入党日期', width: 12 },
  { key: 'fullMemberDate', header: '转正日期', width: 12 },
  { key: 'groupName', header: '党小组', width: 13 },
  { key: 'committeeTitle', header: '支委职务', width: 16 },
  { key: 'stoppedAt', header: '终止发展日期', width: 12 },
  { key: 'stopReason', header: '终止发展原因', width: 24 },
  { key: 'version', header: '版本（请勿修改）', width: 10, numeric: true },
];

const personDateKeys: PersonKey[] = ['birthDate', 'probationaryDate', 'fullMemberDate', 'stoppedAt'];

export const personHeader = (key: string): string => personColumns.find((c) => c.key === key)?.header ?? '';

/** Marks the workbook with the branch exported, in its document properties. */
const branchMark = (branchId: number) => `zhibu-branch:${branchId}`;

function markedBranch(workbook: ExcelJS.Workbook): number | null {
  const match = /^zhibu-branch:(\d+)$/.exec(workbook.keywords ?? '');
  return match ? Number(match[1]) : null;
}

type NumberField = 'days' | 'hours' | 'expectedVoting' | 'yes' | 'no' | 'abstain' | 'extensionMonths';
type StepField = 'note' | 'contactNames' | 'introducerNames' | NumberField | 'result';
type StepKey = 'name' | 'number' | 'stepName' | 'date' | StepField;

type StepColumn = { key: StepKey; header: string; width: number; numeric?: boolean };

const stepColumns: StepColumn[] = [
  { key: 'name', header: '姓名', width: 10 },
  { key: 'number', header: '步骤序号', width: 9, numeric: true },
  { key: 'stepName', header: '步骤', width: 22 },
  { key: 'date', header: '日期', width: 12 },
  { key: 'note', header: '说明', width: 30 },
  { key: 'contactNames', header: '培养联系人', width: 16 },
  { key: 'introducerNames', header: '入党介绍人', width: 16 },
  { key: 'days', header: '培训天数', width: 9, numeric: true },
  { key: 'hours', header: '培训学时', width: 9, numeric: true },
  { key: 'expectedVoting', header: '应到', width: 7, numeric: true },
  { key: 'yes', header: '赞成', width: 7, numeric: true },
  { key: 'no', header: '反对', width: 7, numeric: true },
  { key: 'abstain', header: '弃权', width: 7, numeric: true },
  { key: 'extensionMonths', header: '延长预备期（月）', width: 11, numeric: true },
  { key: 'result', header: '结论', width: 24 },
];

const stepHeader = (key: StepKey): string => stepColumns.find((c) => c.key === key)!.header;

const voteSteps: readonly DevelopmentStepCode[] = ['admission_vote', 'full_vote'];

/** Which steps each step column belongs to (as on the step form); 说明 belongs to every step. */
const stepFieldSteps: Record<Exclude<StepField, 'note'>, readonly DevelopmentStepCode[]> = {
  contactNames: ['contacts_assigned'],
  introducerNames: ['introducers'],
  days: ['short_training'],
  hours: ['short_training'],
  expectedVoting: voteSteps,
  yes: voteSteps,
  no: voteSteps,
  abstain: voteSteps,
  extensionMonths: ['probation_assessment'],
  result: ['activist_assessment', 'political_review', 'probation_assessment', 'pre_review'],
};

function fieldApplies(field: StepField, code: DevelopmentStepCode): boolean {
  return field === 'note' || stepFieldSteps[field].includes(code);
}

const numberLimits: Record<NumberField, number> = {
  days: 365,
  hours: 1000,
  expectedVoting: 9999,
  yes: 9999,
  no: 9999,
  abstain: 9999,
  extensionMonths: 24,
};

const textLimits = { note: 500, result: 200 } as const;

const nameSeparator = '、';

// ---------------------------------------------------------------------------------------------
// Step data as stored ↔ step row
// ---------------------------------------------------------------------------------------------

const numberFields: NumberField[] = ['days', 'hours', 'expectedVoting', 'yes', 'no', 'abstain', 'extensionMonths'];

function finiteOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/**
 * A stored step as a sheet row: the fields of the step's `data` that belong to the step, with the
 * contacts' and introducers' ids turned into names (ids without a name are left out).
 */
export function rosterStepOf(
  name: string,
  step: { code: DevelopmentStepCode; date: string; data: Record<string, unknown> | null },
  nameOf: (id: number) => string | undefined,
): RosterStep {
  const data = step.data ?? {};
  const applies = (field: StepField) => fieldApplies(field, step.code);
  const names = (key: string) =>
    (Array.isArray(data[key]) ? (data[key] as unknown[]) : [])
      .map((id) => (typeof id === 'number' ? nameOf(id) : undefined))
      .filter((n): n is string => n !== undefined);
  const out: RosterStep = {
    name,
    code: step.code,
    date: step.date,
    note: textOrNull(data.note),
    contactNames: applies('contactNames') ? names('contactIds') : [],
    introducerNames: applies('introducerNames') ? names('introducerIds') : [],
    days: null,
    hours: null,
    expectedVoting: null,
    yes: null,
    no: null,
    abstain: null,
    extensionMonths: null,
    result: applies('result') ? textOrNull(data.result) : null,
  };
  for (const field of numberFields) if (applies(field)) out[field] = finiteOrNull(data[field]);
  return out;
}

/** A step row as the step's `data` is stored: only filled fields, people as ids (resolved by the caller). */
export function stepDataOf(
  step: RosterStep,
  ids: { contactIds: number[]; introducerIds: number[] },
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (step.note !== null) data.note = step.note;
  if (step.result !== null) data.result = step.result;
  if (ids.contactIds.length) data.contactIds = ids.contactIds;
  if (ids.introducerIds.length) data.introducerIds = ids.introducerIds;
  for (const field of numberFields) if (step[field] !== null) data[field] = step[field];
  return data;
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Reading cells
// ---------------------------------------------------------------------------------------------

type CellRead = { text: string | null; numeric: boolean; problem?: string };

const guarded = /^'[=+\-@\t\r]/;

/** Text as written by safeCell (a leading quote before =, +, -, @) back to the text it guarded. */
function unguard(value: string): string {
  return guarded.test(value) ? value.slice(1) : value;
}

function readCell(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { text: null, numeric: false };
  if (typeof value === 'string') {
    const trimmed = unguard(value).trim();
    return { text: trimmed === '' ? null : trimmed, numeric: false };
  }
  if (typeof value === 'number') return { text: String(value), numeric: true };
  if (typeof value === 'boolean') return { text: value ? '是' : '否', numeric: false };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: null, numeric: false, problem: '日期无效' };
    return { text: value.toISOString().slice(0, 10), numeric: false };
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return { text: null, numeric: false, problem: '单元格中是公式，请改为直接填写内容（可复制后“选择性粘贴”为数值）' };
  }
  if ('error' in value)
    return { text: null, numeric: false, problem: `单元格中是错误值 ${value.error}，请改为直接填写内容` };
  if ('richText' in value) return readCell(value.richText.map((r) => r.text).join(''));
  if ('text' in value && typeof value.text === 'string') return readCell(value.text);
  return { text: null, numeric: false, problem: '无法识别单元格内容，请改为直接填写文字' };
}

/** '2023/7/1', '2023.7.1', '2023年7月1日' → '2023-07-01'; anything else unchanged (and refused later). */
export function normalizeDate(value: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(value);
  return match ? `${match[1]}-${match[2].padStart(2, '0')}-${match[3].padStart(2, '0')}` : value;
}

type SheetReader = {
  sheet: ExcelJS.Worksheet;
  /** Column number of each header. */
  columns: Map<string, number>;
};

/** The header row's columns, or null (with a problem per missing header) when any is missing. */
function openSheet(sheet: ExcelJS.Worksheet, headers: string[], problems: RosterProblem[]): SheetReader | null {
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const { text } = readCell(cell.value);
    if (text && !columns.has(text)) columns.set(text, col);
  });
  if (columns.size === 0) {
    problems.push({ sheet: sheet.name, row: 1, column: '', message: '第1行没有列名：请使用下载的模板填写' });
    return null;
  }
  const missing = headers.filter((h) => !columns.has(h));
  for (const header of missing) {
    problems.push({
      sheet: sheet.name,
      row: 1,
      column: header,
      message: `缺少「${header}」列：请使用下载的模板，不要改动第1行的列名`,
    });
  }
  if (missing.length) return null;
  if (sheet.actualRowCount - 1 > maxSheetRows) {
    problems.push({
      sheet: sheet.name,
      row: 0,
      column: '',
      message: `行数过多：一次最多导入 ${maxSheetRows} 行，请分批导入`,
    });
    return null;
  }
  return { sheet, columns };
}

/** Every non-empty data row with its cells read by header. */
function* dataRows(reader: SheetReader, headers: string[]): Generator<{ row: number; cells: Map<string, CellRead> }> {
  for (let r = 2; r <= reader.sheet.rowCount; r++) {
    const row = reader.sheet.getRow(r);
    const cells = new Map(headers.map((h) => [h, readCell(row.getCell(reader.columns.get(h)!).value)]));
    if ([...cells.values()].every((c) => c.text === null && !c.problem)) continue;
    yield { row: r, cells };
  }
}

function labelList(labels: readonly string[]): string {
  return labels.map((l) => `「${l}」`).join('、');
}

function reverseLabels<T extends string>(labels: Record<T, string>): Map<string, T> {
  return new Map(Object.entries(labels).map(([code, label]) => [label as string, code as T]));
}

const genderByLabel = reverseLabels(genderLabels);
const statusByLabel = reverseLabels(politicalStatusLabels);
const genderSynonyms: Record<string, string> = { 男性: '男', 女性: '女' };

/** How HR files and the national system often write a 政治面貌; a 共青团员 is not in the party's pipeline. */
const statusSynonyms: Record<string, PoliticalStatus> = {
  中共党员: 'full',
  中国共产党党员: 'full',
  党员: 'full',
  中共正式党员: 'full',
  中共预备党员: 'probationary',
  中国共产党预备党员: 'probationary',
  积极分子: 'activist',
  申请入党: 'applicant',
  共青团员: 'masses',
  团员: 'masses',
  无党派人士: 'masses',
};

/** The 56 ethnic groups by their short names, as a file may write them without 族. */
const ethnicGroups =
  '汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(
    ' ',
  );

function ethnicityOf(text: string): string {
  return ethnicGroups.includes(text) ? `${text}族` : text;
}

// ---------------------------------------------------------------------------------------------
// Reading the roster
// ---------------------------------------------------------------------------------------------

export type ReadOptions = {
  /** The branch's party groups; when given, a 党小组 not among them is new (see `newGroupsAllowed`). */
  groupNames?: readonly string[];
  /** A new 党小组 is to be set up with the import rather than reported as a problem. */
  newGroupsAllowed?: boolean;
};

/** Longest name of a 党小组, as the settings page allows. */
const groupNameMaxLength = 20;

function readPeople(
  reader: SheetReader,
  options: ReadOptions,
  problems: RosterProblem[],
  readings: RosterProblem[],
  newGroups: Set<string>,
) {
  const headers = personColumns.map((c) => c.header);
  const people: ParsedWorkbook['people'] = [];
  /** Every name on the roster sheet (also of rows with problems), for the steps sheet. */
  const names = new Set<string>();
  const rowOfName = new Map<string, number>();
  const rowOfIdNumber = new Map<string, number>();

  for (const { row, cells } of dataRows(reader, headers)) {
    const found: RosterProblem[] = [];
    const reported = new Set<string>();
    const report = (key: string, message: string) => {
      reported.add(key);
      found.push({ sheet: rosterSheetName, row, column: personHeader(key), message });
    };
    const value = (key: PersonKey) => cells.get(personHeader(key))!;

    for (const { key, header } of personColumns) {
      const cell = cells.get(header)!;
      if (cell.problem) report(key, cell.problem);
    }

    const textOf = (key: PersonKey) => (reported.has(key) ? null : value(key).text);
    for (const key of ['name', 'gender', 'ethnicity', 'politicalStatus'] as const) {
      if (!reported.has(key) && value(key).text === null) report(key, `请填写${personHeader(key)}`);
    }

    // Common ways of writing a value are read as the app's own, and the import says how it read them.
    const readAs = (key: PersonKey, text: string, label: string) => {
      if (text !== label)
        readings.push({
          sheet: rosterSheetName,
          row,
          column: personHeader(key),
          message: `「${text}」读作「${label}」`,
        });
    };
    const genderText = textOf('gender');
    const gender =
      genderText === null
        ? null
        : (genderByLabel.get(genderText) ?? genderByLabel.get(genderSynonyms[genderText] ?? '') ?? null);
    if (genderText !== null && gender !== null) readAs('gender', genderText, genderLabels[gender]);
    if (genderText !== null && gender === null) report('gender', `性别「${genderText}」无法识别，应为「男」或「女」`);

    const statusText = textOf('politicalStatus');
    const politicalStatus =
      statusText === null ? null : (statusByLabel.get(statusText) ?? statusSynonyms[statusText] ?? null);
    if (statusText !== null && politicalStatus !== null)
      readAs('politicalStatus', statusText, politicalStatusLabels[politicalStatus]);
    if (statusText !== null && politicalStatus === null) {
      report(
        'politicalStatus',
        `政治面貌「${statusText}」无法识别，应为${labelList(Object.values(politicalStatusLabels))}之一`,
      );
    }

    const education = textOf('education');
    if (education !== null && !(educationLevels as readonly string[]).includes(education)) {
      report('education', `学历「${education}」无法识别，应为${labelList(educationLevels)}之一，或不填`);
    }
    const committeeTitle = textOf('committeeTitle');
    if (committeeTitle !== null && !(committeeTitles as readonly string[]).includes(committeeTitle)) {
      report('committeeTitle', `支委职务「${committeeTitle}」无法识别，应为${labelList(committeeTitles)}之一，或不填`);
    }

    if (value('idNumber').numeric && !reported.has('idNumber')) {
      report(
        'idNumber',
        '身份证号须按文本填写：Excel 把它当作数字时会丢掉末尾几位。请把单元格格式设为“文本”后重新输入',
      );
    }

    for (const key of personDateKeys) {
      if (value(key).numeric && !reported.has(key)) {
        report(key, `${personHeader(key)}应填写为「年-月-日」格式的日期，如 2023-07-01（现为数字 ${value(key).text}）`);
      }
    }
    const dates = Object.fromEntries(
      personDateKeys.map((key) => {
        const t = textOf(key);
        const date = t === null ? null : normalizeDate(t);
        if (t !== null && date !== t && isRealDate(date!)) readAs(key, t, chineseDate(date!));
        return [key, date];
      }),
    );
    const ethnicityText = textOf('ethnicity');
    const ethnicity = ethnicityText === null ? null : ethnicityOf(ethnicityText);
    if (ethnicityText !== null && ethnicity !== null) readAs('ethnicity', ethnicityText, ethnicity);

    const stop = readStop(dates.stoppedAt, textOf('stopReason'), reported, report);
    const version = reported.has('version') ? null : readVersion(value('version'), report);

    const input = {
      name: textOf('name'),
      gender,
      ethnicity,
      birthDate: dates.birthDate,
      education,
      unit: textOf('unit'),
      post: textOf('post'),
      phone: textOf('phone'),
      idNumber: textOf('idNumber'),
      address: textOf('address'),
      politicalStatus,
      probationaryDate: dates.probationaryDate,
      fullMemberDate: dates.fullMemberDate,
      groupId: null,
      committeeTitle,
    };
    const read = readNewPerson(input);
    for (const problem of read.problems) {
      if (reported.has(problem.key)) continue;
      reported.add(problem.key);
      found.push({
        sheet: rosterSheetName,
        row,
        column: personHeader(problem.key as PersonKey),
        message: problem.message,
      });
    }
    const parsed = found.length === 0 ? read.person : null;

    const groupName = textOf('groupName');
    if (groupName !== null && options.groupNames && !options.groupNames.includes(groupName)) {
      if (groupName.length > groupNameMaxLength) {
        report('groupName', `党小组名称「${groupName}」超过${groupNameMaxLength}个字`);
      } else {
        newGroups.add(groupName);
        if (!options.newGroupsAllowed) {
          report(
            'groupName',
            options.groupNames.length
              ? `本支部没有名为「${groupName}」的党小组，应为${labelList(options.groupNames)}之一；可在导入时一并设立，或不填`
              : `本支部尚未设立党小组「${groupName}」：可在导入时一并设立，或不填「党小组」`,
          );
        }
      }
    }

    const name = textOf('name');
    if (name !== null) {
      names.add(name);
      const earlier = rowOfName.get(name);
      if (earlier !== undefined) {
        report('name', `姓名「${name}」与第${earlier}行重复：发展过程按姓名对应到人，同一文件中姓名不能重复`);
      } else {
        rowOfName.set(name, row);
      }
    }
    const idNumber = parsed?.idNumber ?? null;
    if (idNumber) {
      const earlier = rowOfIdNumber.get(idNumber);
      if (earlier !== undefined) report('idNumber', `身份证号与第${earlier}行重复`);
      else rowOfIdNumber.set(idNumber, row);
    }

    problems.push(...found);
    if (found.length === 0 && parsed) {
      const { groupId: _groupId, ...person } = parsed;
      people.push({ row, ...person, groupName, ...stop, version });
    }
  }
  return { people, names };
}

type Report = (key: PersonKey, message: string) => void;

/** 终止发展日期 and 原因: both or neither. */
function readStop(stoppedAt: string | null, stopReason: string | null, reported: Set<string>, report: Report) {
  const [dateHeader, reasonHeader] = [personHeader('stoppedAt'), personHeader('stopReason')];
  if (stoppedAt !== null && !isRealDate(stoppedAt))
    report('stoppedAt', `${dateHeader}「${stoppedAt}」无效，应为有效日期，格式如 2023-07-01`);
  if (stoppedAt !== null && stopReason === null && !reported.has('stopReason'))
    report('stopReason', `填写了${dateHeader}，请同时填写${reasonHeader}`);
  if (stoppedAt === null && stopReason !== null && !reported.has('stoppedAt'))
    report('stoppedAt', `填写了${reasonHeader}，请同时填写${dateHeader}`);
  if (stopReason !== null && stopReason.length > 200) report('stopReason', `${reasonHeader}不能超过200个字`);
  return { stoppedAt, stopReason };
}

/** The version written by the export: a whole number, or blank for a new row. */
function readVersion(cell: CellRead, report: Report): number | null {
  if (cell.text === null) return null;
  const version = Number(cell.text);
  if (Number.isInteger(version) && version >= 1) return version;
  report('version', `${personHeader('version')}「${cell.text}」无效：请保留导出时的数字，新增人员不填`);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading the steps
// ---------------------------------------------------------------------------------------------

function readStepCode(
  cells: Map<string, CellRead>,
  report: (key: StepKey, message: string) => void,
): DevelopmentStepCode | null {
  const numberCell = cells.get(stepHeader('number'))!;
  const nameText = cells.get(stepHeader('stepName'))!.text;
  const count = developmentSteps.length;

  if (numberCell.text === null) {
    if (nameText === null) {
      report('number', `请填写步骤序号（1至${count}）`);
      return null;
    }
    const matches = developmentSteps.filter((s) => s.name === nameText);
    if (matches.length === 1) return matches[0].code;
    if (matches.length > 1) {
      report(
        'number',
        `「${nameText}」是第${matches.map((s) => stepNumber(s.code)).join('步和第')}步的名称，请填写步骤序号`,
      );
    } else {
      report('stepName', `没有名为「${nameText}」的步骤，请按「填写说明」中的步骤表填写步骤序号`);
    }
    return null;
  }

  const n = Number(numberCell.text);
  if (!Number.isInteger(n) || n < 1 || n > count) {
    report('number', `步骤序号「${numberCell.text}」无效，应为1至${count}的整数`);
    return null;
  }
  const step = developmentSteps[n - 1];
  if (nameText !== null && nameText !== step.name) {
    report('stepName', `第${n}步是「${step.name}」，与填写的「${nameText}」不符，请核对步骤序号`);
    return null;
  }
  return step.code;
}

function readNumber(
  cell: CellRead,
  field: NumberField,
  report: (key: StepKey, message: string) => void,
): number | null {
  if (cell.text === null) return null;
  const header = stepHeader(field);
  const n = cell.numeric ? Number(cell.text) : /^\d+(\.\d+)?$/.test(cell.text) ? Number(cell.text) : Number.NaN;
  if (!Number.isFinite(n)) {
    report(field, `${header}应为数字，现为「${cell.text}」`);
    return null;
  }
  if (n < 0) {
    report(field, `${header}不能为负数`);
    return null;
  }
  if (n > numberLimits[field]) {
    report(field, `${header}过大（最多 ${numberLimits[field]}）`);
    return null;
  }
  return n;
}

function splitNames(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(/[、,，;；/\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}

function readSteps(reader: SheetReader, rosterNames: Set<string> | null, problems: RosterProblem[]) {
  const headers = stepColumns.map((c) => c.header);
  const steps: ParsedWorkbook['steps'] = [];

  for (const { row, cells } of dataRows(reader, headers)) {
    const found: RosterProblem[] = [];
    const reported = new Set<StepKey>();
    const report = (key: StepKey, message: string) => {
      reported.add(key);
      found.push({ sheet: stepsSheetName, row, column: stepHeader(key), message });
    };
    for (const { key, header } of stepColumns) {
      const cell = cells.get(header)!;
      if (cell.problem) report(key, cell.problem);
    }
    const cell = (key: StepKey): CellRead =>
      reported.has(key) ? { text: null, numeric: false } : cells.get(stepHeader(key))!;

    const name = cell('name').text;
    if (name === null) {
      if (!reported.has('name')) report('name', '请填写姓名');
    } else if (rosterNames && !rosterNames.has(name)) {
      report('name', `「${name}」不在「${rosterSheetName}」工作表中：请先在名册中填写此人`);
    }

    const code = reported.has('number') || reported.has('stepName') ? null : readStepCode(cells, report);

    const dateText = cell('date').text;
    const date = dateText === null ? null : normalizeDate(dateText);
    if (!reported.has('date')) {
      if (date === null) report('date', '请填写日期');
      else if (cell('date').numeric)
        report('date', `日期应填写为「年-月-日」格式，如 2023-07-01（现为数字 ${dateText}）`);
      else if (!isRealDate(date)) report('date', `日期「${dateText}」无效，应为有效日期，格式如 2023-07-01`);
    }

    const textField = (key: 'note' | 'result') => {
      const t = cell(key).text;
      if (t !== null && t.length > textLimits[key]) report(key, `${stepHeader(key)}不能超过${textLimits[key]}个字`);
      return t;
    };
    const values = {
      note: textField('note'),
      contactNames: splitNames(cell('contactNames').text),
      introducerNames: splitNames(cell('introducerNames').text),
      days: readNumber(cell('days'), 'days', report),
      hours: readNumber(cell('hours'), 'hours', report),
      expectedVoting: readNumber(cell('expectedVoting'), 'expectedVoting', report),
      yes: readNumber(cell('yes'), 'yes', report),
      no: readNumber(cell('no'), 'no', report),
      abstain: readNumber(cell('abstain'), 'abstain', report),
      extensionMonths: readNumber(cell('extensionMonths'), 'extensionMonths', report),
      result: textField('result'),
    };

    if (code !== null) {
      const step = developmentSteps[stepNumber(code) - 1];
      for (const field of Object.keys(values) as StepField[]) {
        const v = values[field];
        const filled = Array.isArray(v) ? v.length > 0 : v !== null;
        if (filled && !fieldApplies(field, code)) {
          report(field, `第${stepNumber(code)}步「${step.name}」不填写「${stepHeader(field)}」`);
        }
      }
    }

    problems.push(...found);
    if (found.length === 0 && name !== null && code !== null && date !== null) {
      steps.push({ row, name, code, date, ...values });
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------------------------
// Reading the workbook
// ---------------------------------------------------------------------------------------------

/**
 * Reads a filled-in workbook back into codes. Every row is checked (the person schema, labels,
 * dates, duplicates, steps of people not on the roster) and every problem is reported with its sheet,
 * row and column; `rows` holds only the rows without problems. The rules of member development are
 * checked when the rows are applied, against the branch's records (db/mutations/roster-import.ts).
 */
export async function readRosterWorkbook(
  buffer: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<{ rows: ParsedWorkbook; problems: RosterProblem[]; readings: RosterProblem[]; newGroups: string[] }> {
  const problems: RosterProblem[] = [];
  /** 党小组 the file names that the branch has not set up, in the order they first appear. */
  const newGroups = new Set<string>();
  /** Values written another common way, and how they were read (shown after a successful import). */
  const readings: RosterProblem[] = [];
  const rows: ParsedWorkbook = { people: [], steps: [], branchId: null };
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy in a fresh ArrayBuffer: what exceljs's own `Buffer` type (an ArrayBuffer) stands for.
    await workbook.xlsx.load(new Uint8Array(buffer).buffer);
  } catch {
    problems.push({
      sheet: '',
      row: 0,
      column: '',
      message: '无法读取文件：请上传用 Excel 或 WPS 保存的 .xlsx 工作簿',
    });
    return { rows, problems, readings, newGroups: [] };
  }
  rows.branchId = markedBranch(workbook);

  const rosterSheet = workbook.getWorksheet(rosterSheetName);
  const stepsSheet = workbook.getWorksheet(stepsSheetName);
  if (!rosterSheet) {
    problems.push({
      sheet: '',
      row: 0,
      column: '',
      message: `文件中没有「${rosterSheetName}」工作表：请使用下载的模板填写`,
    });
  }

  let rosterNames: Set<string> | null = null;
  const roster =
    rosterSheet &&
    openSheet(
      rosterSheet,
      personColumns.map((c) => c.header),
      problems,
    );
  if (roster) {
    const { people, names } = readPeople(roster, options, problems, readings, newGroups);
    rows.people = people;
    rosterNames = names;
  }
  // Without a readable roster, steps cannot be matched to it; their own problems are still reported.
  const steps =
    stepsSheet &&
    openSheet(
      stepsSheet,
      stepColumns.map((c) => c.header),
      problems,
    );
  if (steps) rows.steps = readSteps(steps, rosterNames, problems);

  return { rows, problems, readings, newGroups: [...newGroups] };
}
