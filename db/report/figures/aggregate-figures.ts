import 'server-only';
import { and, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Scope } from '@/db/queries/scope';
import type { FigureMeasure, FigurePlan, FigureTable } from '@/db/report/figures/types';

/** A figure's value and the ids of the records behind it, ascending (none when they were not asked for). */
export type Aggregated = { value: number; ids: number[] };

function measureSql(measure: FigureMeasure, condition: SQL): SQL<number> {
  switch (measure.kind) {
    case 'count':
      return sql`count(*) filter (where ${condition})`.mapWith(Number);
    case 'distinct':
      return sql`count(distinct ${measure.of}) filter (where ${condition})`.mapWith(Number);
    case 'sum':
      return sql`round(coalesce(sum(${measure.of}) filter (where ${condition}), 0), 2)`.mapWith(Number);
    case 'ratio': {
      const numerator = measureSql(measure.numerator, and(condition, measure.numeratorWhere) ?? condition);
      const denominator = measureSql(measure.denominator, condition);
      const share = sql`${measure.scale} * cast(${numerator} as real) / nullif(${denominator}, 0)`;
      return sql`round(coalesce(${share}, 0), ${measure.digits})`.mapWith(Number);
    }
    case 'money':
      return sql`coalesce(sum(${measure.ofFen}) filter (where ${condition}), 0) / 100.0`.mapWith(Number);
  }
}

const idsSql = (recordId: AnySQLiteColumn, condition: SQL) =>
  sql`json_group_array(distinct ${recordId}) filter (where ${condition})`.mapWith((value: string) =>
    (JSON.parse(value) as number[]).sort((a, b) => a - b),
  );

/**
 * Every figure with the ids of the records behind it, from ONE aggregate query per table however many
 * figures ask: each figure is a pair of FILTERed aggregate columns of that query. `withIds` says which
 * figures need their ids: collecting them is most of the work over many branches, where a figure stands
 * for tens of thousands of records.
 */
export function aggregateFigures(
  scope: Scope,
  year: number,
  figures: readonly { key: string; plan: FigurePlan }[],
  withIds: (figure: { plan: FigurePlan }) => boolean = () => true,
): Map<string, Aggregated> {
  const byTable = new Map<FigureTable, { key: string; plan: FigurePlan }[]>();
  for (const figure of figures) byTable.set(figure.plan.table, [...(byTable.get(figure.plan.table) ?? []), figure]);

  const out = new Map<string, Aggregated>();
  for (const [table, group] of byTable) {
    const fields: Record<string, SQL> = {};
    group.forEach((figure, i) => {
      const condition = figure.plan.where ?? sql`1`;
      fields[`value${i}`] = measureSql(figure.plan.measure, condition);
      if (withIds(figure)) fields[`ids${i}`] = idsSql(table.recordId, condition);
    });
    const row = table.aggregate(fields, scope, year);
    group.forEach(({ key }, i) =>
      out.set(key, { value: row[`value${i}`] as number, ids: (row[`ids${i}`] as number[] | undefined) ?? [] }),
    );
  }
  return out;
}
