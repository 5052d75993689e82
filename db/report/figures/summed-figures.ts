import 'server-only';
import { and, type SQL, sql } from 'drizzle-orm';
import { keptByBranch } from '@/db/queries/kept-by-branch';
import type { SubtreeScope } from '@/db/queries/scope';
import type { FigureMeasure, FigurePlan, FigureTable } from '@/db/report/figures/types';
import { roundDecimal } from '@/lib/round';

/**
 * An organisation's figures as the sums of its branches' parts, each branch's parts kept until its next
 * write (its latest audit entry, as the overview keeps its facts): after one branch saves a meeting, the
 * report of a 党委 over 600 branches counts that branch again, not all of them. A part is what adds up
 * across branches — a count, a sum, a ratio's numerator and denominator, a count of distinct people (each
 * a row of one branch); a count of distinct names (问题方面) does not, and is counted over the whole
 * subtree by the caller.
 */

type Figure = { key: string; plan: FigurePlan };
type Part = number[];

/** The measures whose value is made of parts that add up across branches: the SQL of each part. */
function partsSql(measure: FigureMeasure, condition: SQL): SQL<number>[] | null {
  switch (measure.kind) {
    case 'count':
      return [sql`count(*) filter (where ${condition})`.mapWith(Number)];
    case 'sum':
      return [sql`coalesce(sum(${measure.of}) filter (where ${condition}), 0)`.mapWith(Number)];
    case 'money':
      return [sql`coalesce(sum(${measure.ofFen}) filter (where ${condition}), 0)`.mapWith(Number)];
    case 'ratio': {
      const numerator = partsSql(measure.numerator, and(condition, measure.numeratorWhere) ?? condition);
      const denominator = partsSql(measure.denominator, condition);
      return numerator?.length === 1 && denominator?.length === 1 ? [numerator[0], denominator[0]] : null;
    }
    case 'distinct':
      return measure.perBranch
        ? [sql`count(distinct ${measure.of}) filter (where ${condition})`.mapWith(Number)]
        : null;
  }
}

/** The figure's value from its parts added up, rounded as aggregateFigures rounds it. */
function totalOf(measure: FigureMeasure, part: Part): number {
  switch (measure.kind) {
    case 'sum':
      return roundDecimal(part[0], 2);
    case 'money':
      return part[0] / 100;
    case 'ratio':
      return part[1] === 0 ? 0 : roundDecimal((measure.scale * part[0]) / part[1], measure.digits);
    default:
      return part[0];
  }
}

/** Whether a figure is summed from its branches' kept parts (else it is counted over the whole subtree). */
export function isSummedByBranch(plan: FigurePlan): boolean {
  return !!plan.table.aggregateByBranch && partsSql(plan.measure, sql`1`) !== null;
}

const keptParts = keptByBranch<Part>(200_000);

/** The parts of each figure (by `keyOf`) in each of the branches: one grouped query per table. */
function partsByBranch(
  branchIds: readonly number[],
  year: number,
  figures: readonly Figure[],
  keyOf: (figure: Figure) => string,
) {
  const byTable = new Map<FigureTable, Figure[]>();
  for (const figure of figures) byTable.set(figure.plan.table, [...(byTable.get(figure.plan.table) ?? []), figure]);
  const parts = new Map<number, Map<string, Part>>(branchIds.map((id) => [id, new Map()]));
  for (const [table, group] of byTable) {
    const fields: Record<string, SQL> = {};
    const columns = group.map(({ plan }, i) =>
      partsSql(plan.measure, plan.where ?? sql`1`)!.map((part, j) => {
        fields[`p${i}_${j}`] = part;
        return `p${i}_${j}`;
      }),
    );
    const rows = table.aggregateByBranch!(fields, { subtreeBranchIds: branchIds }, year);
    const rowOf = new Map(rows.map((row) => [row.branchId as number, row]));
    for (const id of branchIds) {
      const row = rowOf.get(id);
      group.forEach((figure, i) =>
        parts.get(id)!.set(
          keyOf(figure),
          columns[i].map((c) => (row ? Number(row[c]) : 0)),
        ),
      );
    }
  }
  return parts;
}

/** The values of the figures over the subtree (each `isSummedByBranch`), from the branches' parts. */
export function summedFigures(scope: SubtreeScope, year: number, figures: readonly Figure[]): Map<string, number> {
  const keyOf = (figure: Figure) => `${year}|${figure.key}`;
  const parts = keptParts(scope.subtreeBranchIds, figures.map(keyOf), (stale) =>
    partsByBranch(stale, year, figures, keyOf),
  );
  return new Map(
    figures.map((figure) => {
      const total = scope.subtreeBranchIds.reduce<Part>((sum, id) => {
        const part = parts.get(id)!.get(keyOf(figure))!;
        return sum.length ? sum.map((s, i) => s + part[i]) : [...part];
      }, []);
      return [figure.key, total.length ? totalOf(figure.plan.measure, total) : 0];
    }),
  );
}
