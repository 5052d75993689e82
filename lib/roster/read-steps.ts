import { type DevelopmentStepCode, developmentSteps, stepNumber } from '@/lib/development/steps';
import { isRealDate } from '@/lib/people/id-number';
import {
  fieldApplies,
  type NumberField,
  type ParsedWorkbook,
  rosterSheetName,
  type StepField,
  type StepKey,
  stepColumns,
  stepHeader,
  stepsSheetName,
} from '@/lib/roster/columns';
import type { RosterProblem } from '@/lib/roster/problems';
import { type CellRead, normalizeDate, type SheetRow } from '@/lib/roster/read-cells';

/*
 * The 发展过程 sheet's rows read into steps, each problem located by row and column. The rules of
 * member development are checked when the steps are applied (db/mutations/roster-import.ts).
 */

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

/** The steps sheet's rows as steps; with `rosterNames`, a step of someone not on the roster is a problem. */
export function readSteps(rows: Iterable<SheetRow>, rosterNames: Set<string> | null, problems: RosterProblem[]) {
  const steps: ParsedWorkbook['steps'] = [];

  for (const { row, cells } of rows) {
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
