import { type DuesCategory, paysDues } from '@/lib/dues/model';
import { monthOf, monthText } from '@/lib/dues/month';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';
import type { RosterProblem } from '@/lib/roster/problems';

/*
 * Importing 党费基数 from a payroll sheet, apart from the file: the sheet's columns, the rows it gives,
 * their match to the branch's members and what the import reports. lib/dues/bases-xlsx.ts reads the
 * file into these rows; db/mutations/dues-import.ts writes them.
 */

export const basesSheetName = '党费基数';

export const basesHeaders = {
  name: '姓名',
  idNumber: '身份证号',
  category: '类别',
  base: '基数（元）',
  fixed: '每月交纳（元，仅农民）',
} as const;

/** A sheet row without problems, with the row number Excel shows. */
export type BaseSheetRow = {
  row: number;
  name: string;
  idNumber: string | null;
  category: DuesCategory;
  /** For the banded categories (在职, 年薪制, 个体经营, 离退休); null for the others. */
  baseFen: number | null;
  /** For farmers; null for the others. */
  fixedFen: number | null;
};

/** What the import did with one row: the base written, the month's dues it gives, and whether it replaced one. */
export type BaseImportLine = Omit<BaseSheetRow, 'idNumber'> & {
  personId: number;
  monthlyFen: number;
  rule: string;
  /** A base for the same person from the same month was there before: it was removed (softly). */
  replaced: boolean;
};

export type BaseImportReport = { effectiveMonth: string; lines: BaseImportLine[] };

/** A person of the branch, as the match needs them. */
export type BranchPerson = {
  id: number;
  name: string;
  idNumber: string | null;
  politicalStatus: PoliticalStatus;
  leftBranchOn: string | null;
};

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/**
 * Finds each row's member among the branch's people: by ID number (and the name must agree), else by a
 * name only one person of the branch has. Someone not found, not a member, gone from the branch before
 * `effectiveMonth`, or named twice in the file is a problem of the row.
 */
export function matchBaseRows(
  rows: readonly BaseSheetRow[],
  people: readonly BranchPerson[],
  effectiveMonth: string,
  sheet = basesSheetName,
): { matched: (BaseSheetRow & { personId: number })[]; problems: RosterProblem[] } {
  const h = basesHeaders;
  const problems: RosterProblem[] = [];
  const matched: (BaseSheetRow & { personId: number })[] = [];
  const byIdNumber = groupBy(
    people.filter((p) => p.idNumber),
    (p) => p.idNumber!.toUpperCase(),
  );
  const byName = groupBy(people, (p) => p.name);
  const firstRowOf = new Map<number, number>();

  for (const row of rows) {
    const at = (column: string, message: string) => problems.push({ sheet, row: row.row, column, message });
    const find = (): BranchPerson | null => {
      const byId = row.idNumber ? (byIdNumber.get(row.idNumber) ?? []) : [];
      if (byId.length > 1) {
        at(h.idNumber, `本支部名册中有 ${byId.length} 人使用这个身份证号，请先在党员名册中核对`);
        return null;
      }
      if (byId.length === 1) {
        if (byId[0].name === row.name) return byId[0];
        at(h.name, `这个身份证号在本支部名册中是「${byId[0].name}」，与姓名「${row.name}」不符`);
        return null;
      }
      const named = byName.get(row.name) ?? [];
      if (named.length === 0) {
        at(h.name, `「${row.name}」不在本支部名册中`);
        return null;
      }
      if (row.idNumber) {
        // The roster may lack the number: then the one namesake without it is the person.
        const unrecorded = named.filter((p) => !p.idNumber);
        if (unrecorded.length === 1) return unrecorded[0];
        at(
          h.idNumber,
          unrecorded.length
            ? `本支部有 ${unrecorded.length} 名叫「${row.name}」且名册中未录入身份证号的人员，无法确定是哪一位：请先在党员名册中录入身份证号`
            : `本支部名册中「${row.name}」的身份证号与此行不同，请核对`,
        );
        return null;
      }
      if (named.length > 1) {
        at(h.name, `本支部有 ${named.length} 名叫「${row.name}」的人员，无法确定是哪一位：请填写身份证号以区分`);
        return null;
      }
      return named[0];
    };
    const person = find();
    if (!person) continue;
    if (!paysDues(person.politicalStatus)) {
      at(h.name, `「${row.name}」是${politicalStatusLabels[person.politicalStatus]}：只有党员（含预备党员）交纳党费`);
      continue;
    }
    if (person.leftBranchOn && monthOf(person.leftBranchOn) < effectiveMonth) {
      at(h.name, `「${row.name}」已于 ${person.leftBranchOn} 转出本支部，不能从${monthText(effectiveMonth)}起核定基数`);
      continue;
    }
    const first = firstRowOf.get(person.id);
    if (first) {
      at(h.name, `与第${first}行是同一人（${row.name}），每人只能填一行`);
      continue;
    }
    firstRowOf.set(person.id, row.row);
    matched.push({ ...row, personId: person.id });
  }
  return { matched, problems };
}
