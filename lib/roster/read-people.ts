import { chineseDate } from '@/lib/dates';
import { isRealDate } from '@/lib/people/id-number';
import {
  committeeTitles,
  educationLevels,
  genderLabels,
  type PoliticalStatus,
  politicalStatusLabels,
} from '@/lib/people/model';
import { readNewPerson } from '@/lib/people/validation';
import {
  type ParsedWorkbook,
  type PersonKey,
  personColumns,
  personDateKeys,
  personHeader,
  rosterSheetName,
} from '@/lib/roster/columns';
import { readDisciplineCell } from '@/lib/roster/discipline-cell';
import type { RosterProblem } from '@/lib/roster/problems';
import { type CellRead, normalizeDate, type SheetRow } from '@/lib/roster/read-cells';

/* The 党员名册 sheet's rows read into people: labels into codes, each problem located by row and column. */

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

export type ReadOptions = {
  /** The branch's party groups; when given, a 党小组 not among them is new (see `newGroupsAllowed`). */
  groupNames?: readonly string[];
  /** A new 党小组 is to be set up with the import rather than reported as a problem. */
  newGroupsAllowed?: boolean;
};

/** Longest name of a 党小组, as the settings page allows. */
const groupNameMaxLength = 20;

/**
 * The roster's rows as people, checked against the person schema, the labels and each other
 * (duplicate names and ID numbers). Also gives every name on the sheet, for the steps sheet.
 */
export function readPeople(
  rows: Iterable<SheetRow>,
  options: ReadOptions,
  problems: RosterProblem[],
  readings: RosterProblem[],
  newGroups: Set<string>,
) {
  const people: ParsedWorkbook['people'] = [];
  /** Every name on the roster sheet (also of rows with problems), for the steps sheet. */
  const names = new Set<string>();
  const rowOfName = new Map<string, number>();
  const rowOfIdNumber = new Map<string, number>();

  for (const { row, cells } of rows) {
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
    const disciplineText = textOf('disciplines');
    const disciplines = disciplineText === null ? { records: [], problems: [] } : readDisciplineCell(disciplineText);
    for (const message of disciplines.problems) report('disciplines', message);
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
      people.push({ row, ...person, groupName, disciplines: disciplines.records, ...stop, version });
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
