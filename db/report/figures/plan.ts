import { and, gte, lte, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { FigureDictionary } from '@/db/report/figures/dictionary';
import type { FigureTableName } from '@/db/report/figures/tables';
import type { ListKind } from '@/lib/report/figure-lists';
import type { DateRange, FigurePeriod } from '@/lib/report/period';

/** What a figure computes over its rows: how many, how many distinct values, or a sum. */
export type FigureMeasure =
  | { kind: 'count' }
  | { kind: 'distinct'; of: AnySQLiteColumn }
  | { kind: 'sum'; of: SQL | AnySQLiteColumn };

/** A figure resolved to SQL: which table, which of its rows, what to compute, and how to name it. */
export type FigurePlan = {
  table: FigureTableName;
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
  branchId: number;
  year: number;
  /** The year, or the part of it the `period` parameter names. */
  range: DateRange;
  period?: FigurePeriod;
  dictionary: FigureDictionary;
};

/** A source turns a token's parameters into a plan, or into the Chinese explanation of why it cannot. */
export type FigureSource = {
  /** Parameters besides `period`; any other is refused. */
  params: readonly string[];
  plan(params: Record<string, string>, ctx: PlanContext): FigurePlan | string;
};

export const count: FigureMeasure = { kind: 'count' };

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
