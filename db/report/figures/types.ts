import { and, gte, lte, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Scope } from '@/db/queries/scope';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import type { Permission } from '@/lib/auth/permissions';
import type { ListKind } from '@/lib/report/figure-lists';
import type { FigureRecord } from '@/lib/report/figure-types';
import type { DateRange, FigurePeriod } from '@/lib/report/period';

/**
 * What a figure computes over its rows: how many, how many distinct values, a sum, or one measure
 * divided by another over the same rows (the numerator's narrowed by its own condition), times
 * `scale`, rounded to `digits` decimals, and 0 when the denominator is 0.
 */
export type FigureMeasure =
  | { kind: 'count' }
  | {
      kind: 'distinct';
      of: AnySQLiteColumn;
      /**
       * Each value belongs to one branch (the id of a branch's own row, as a person is): the branches'
       * distinct counts add up to the organisation's. Not so for names (问题方面), which recur across branches.
       */
      perBranch?: true;
    }
  | { kind: 'sum'; of: SQL | AnySQLiteColumn }
  | {
      kind: 'ratio';
      numerator: FigureMeasure;
      numeratorWhere?: SQL;
      denominator: FigureMeasure;
      scale: number;
      digits: number;
    }
  /** A sum of money kept in 分: summed as integers (exact), valued in 元 and written with its 角 and 分. */
  | { kind: 'money'; ofFen: AnySQLiteColumn };

/** A record behind a figure, and how a `list.*` figure writes it. */
export type RecordRow = FigureRecord & { item?: string };

/** A kind of record figures count: how to list some of them by id, and who may read that list. */
export type RecordSet = {
  list(scope: Scope, ids: number[], year: number): RecordRow[];
  /** The table the ids are of, with the branch each row belongs to: records of a subtree are grouped by it. */
  table: { id: AnySQLiteColumn; branchId: AnySQLiteColumn };
  /** Readers without it see a figure's value but not the records behind it. */
  permission?: Permission;
};

/** An aggregate query over a table's rows, not yet run: one row for the scope, or one row per branch. */
type AggregateQuery = {
  get(): Record<string, unknown> | undefined;
  groupBy(column: AnySQLiteColumn): { all(): Record<string, unknown>[] };
};
type AggregateFields = Record<string, SQL | AnySQLiteColumn>;

/**
 * A table figures are counted over: the rows of a branch that can count for a year (live records,
 * held meetings, published notices …), the record each row stands for, and the one aggregate query
 * that computes every requested figure over it at once. A figure narrows the rows with its own condition.
 */
export type FigureTable = {
  records: RecordSet;
  /** The id of the record a row stands for: a person for development steps, an activity for outputs. */
  recordId: AnySQLiteColumn;
  aggregate(fields: Record<string, SQL>, scope: Scope, year: number): Record<string, unknown>;
  /**
   * The same aggregate one row per branch (`branchId` in each row), for an organisation's figures kept per
   * branch between writes; absent where a table's rows are always counted over the whole scope.
   */
  aggregateByBranch?(fields: Record<string, SQL>, scope: Scope, year: number): Record<string, unknown>[];
};

/** A table whose aggregate can also run per branch: `query` builds it, `branch` names each row's branch. */
export function groupableTable(
  base: Pick<FigureTable, 'records' | 'recordId'>,
  branch: AnySQLiteColumn,
  query: (fields: AggregateFields, scope: Scope, year: number) => AggregateQuery,
): FigureTable {
  return {
    ...base,
    aggregate: (fields, scope, year) => query(fields, scope, year).get()!,
    aggregateByBranch: (fields, scope, year) =>
      query({ ...fields, branchId: branch }, scope, year)
        .groupBy(branch)
        .all(),
  };
}

/** A figure resolved to SQL: which table, which of its rows, what to compute, and how to name it. */
export type FigurePlan = {
  table: FigureTable;
  where: SQL | undefined;
  measure: FigureMeasure;
  /** What is counted, e.g. '支委会', '捐款', '责任清单'. */
  subject: string;
  /** The measure's name after the subject, e.g. '次数', '合计', '方面数'. */
  measureLabel: string;
  unit: string;
  list?: ListKind;
};

export type PlanContext = {
  scope: Scope;
  year: number;
  /** The year, or the part of it the `period` parameter names. */
  range: DateRange;
  period?: FigurePeriod;
  dictionary: FigureDictionary;
};

/** The picker's groups, in the order it shows them. */
export const catalogueGroups = [
  '党员队伍',
  '组织生活',
  '发展党员',
  '结对与服务',
  '党风廉政',
  '工作成果',
  '问题整改',
  '党务公开',
  '党费',
  '自定义台账',
  '列表',
] as const;
export type CatalogueGroup = (typeof catalogueGroups)[number];

/**
 * Everything about one kind of figure, in one place: the key a token names it by, the parameters it
 * takes, how a token's parameters become SQL (or the Chinese explanation of why they cannot), and the
 * figures of it the picker offers a branch.
 */
export type FigureSource = {
  /** The token's source: `{{key:param=value}}`. */
  key: string;
  group: CatalogueGroup;
  /** Parameters besides `period`; any other is refused. */
  params: readonly string[];
  plan(params: Record<string, string>, ctx: PlanContext): FigurePlan | string;
  /** The parameters of each figure the picker lists for this branch (one that cannot be planned is left out). */
  entries(dictionary: FigureDictionary): Record<string, string>[];
};

export const count: FigureMeasure = { kind: 'count' };

/** The share of a figure's rows that meet `part`, as a percentage with one decimal. */
export const percentOf = (part: SQL): FigureMeasure => ({
  kind: 'ratio',
  numerator: count,
  numeratorWhere: part,
  denominator: count,
  scale: 100,
  digits: 1,
});

export const between = (column: AnySQLiteColumn, range: DateRange) =>
  and(gte(column, range.start), lte(column, range.end));

/** A positive whole number written in a parameter (an id), or null. */
export function idParam(value: string): number | null {
  return /^[1-9]\d*$/.test(value) ? Number(value) : null;
}

export function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** “A（B）”: a subject narrowed by a filter. */
export const narrowed = (subject: string, filter: string | undefined) => (filter ? `${subject}（${filter}）` : subject);

export const noPeriod = (what: string) => `${what}按年度统计，不能按时段（period）统计`;
