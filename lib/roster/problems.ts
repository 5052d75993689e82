import { ActionError } from '@/lib/errors';

/** One thing wrong with an imported roster workbook, located like a spreadsheet user would look for it. */
export type RosterProblem = {
  /** Worksheet name ('党员名册', '发展过程'); '' for the file as a whole. */
  sheet: string;
  /** Row number as Excel shows it (the header is row 1); 0 for the sheet or file as a whole. */
  row: number;
  /** Column header ('身份证号'); '' for the whole row. */
  column: string;
  message: string;
};

const sheetOrder = ['', '党员名册', '发展过程'];

/** Problems in the order a user works through the file: sheet by sheet, row by row. */
export function sortProblems(problems: readonly RosterProblem[]): RosterProblem[] {
  const rank = (sheet: string) => {
    const i = sheetOrder.indexOf(sheet);
    return i === -1 ? sheetOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.sheet) - rank(b.p.sheet) || a.p.row - b.p.row || a.i - b.i)
    .map(({ p }) => p);
}

/*
 * A refused import travels back to the form as an action failure, whose only structured channel is
 * `fieldErrors`. Each problem location becomes one key, 'sheet!row!column' (like an Excel reference),
 * holding that location's messages; other keys (such as 'file') are ordinary field errors.
 */
const keyPattern = /^([^!]*)!(\d+)!(.*)$/s;

export function problemsToFieldErrors(problems: readonly RosterProblem[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of sortProblems(problems)) (out[`${p.sheet}!${p.row}!${p.column}`] ??= []).push(p.message);
  return out;
}

export function problemsFromFieldErrors(fieldErrors: Record<string, string[]> | undefined): RosterProblem[] {
  const out: RosterProblem[] = [];
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const match = keyPattern.exec(key);
    if (!match) continue;
    for (const message of messages) out.push({ sheet: match[1], row: Number(match[2]), column: match[3], message });
  }
  return out;
}

export function importRefusedMessage(count: number): string {
  return `文件中有 ${count} 处问题，未导入任何数据。请按问题清单逐行修改后重新导入。`;
}

/** The field that carries the new 党小组 a refused file names, for the form to offer setting them up. */
export const newGroupsField = 'newGroups';

/** Refuses a whole import: nothing is written, and every problem found is reported at once. */
export class RosterImportError extends ActionError {
  readonly problems: RosterProblem[];

  constructor(problems: readonly RosterProblem[], newGroups: readonly string[] = []) {
    const sorted = sortProblems(problems);
    super(importRefusedMessage(sorted.length), {
      ...problemsToFieldErrors(sorted),
      ...(newGroups.length ? { [newGroupsField]: [...newGroups] } : {}),
    });
    this.name = 'RosterImportError';
    this.problems = sorted;
  }
}
