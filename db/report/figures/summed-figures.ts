import 'server-only';
import { and, type SQL, sql } from 'drizzle-orm';
import { branchVersions } from '@/db/queries/branch-versions';
import type { SubtreeScope } from '@/db/queries/scope';
import type { FigureMeasure, FigurePlan, FigureTable } from '@/db/report/figures/types';

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

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The figure's value from its parts added up, rounded as aggregateFigures rounds it. */
function totalOf(measure: FigureMeasure, part: Part): number {
  switch (measure.kind) {
    case 'sum':
      return round(part[0], 2);
    case 'money':
      return part[0] / 100;
    case 'ratio':
      return part[1] === 0 ? 0 : round((measure.scale * part[0]) / part[1], measure.digits);
    default:
      return part[0];
  }
}

/** Whether a figure is summed from its branches' kept parts (else it is counted over the whole subtree). */
export function isSummedByBranch(plan: FigurePlan): boolean {
  return !!plan.table.aggregateByBranch && partsSql(plan.measure, sql`1`) !== null;
}

const kept = new Map<string, { version: number; part: Part }>();
const keptLimit = 200_000;

function keep(key: string, value: { version: number; part: Part }) {
  kept.delete(key);
  kept.set(key, value);
  if (kept.size > keptLimit) kept.delete(kept.keys().next().value!);
}

/** The parts of each figure in each of the branches: one grouped query per table. */
function partsByBranch(branchIds: readonly number[], year: number, figures: readonly Figure[]) {
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
      group.forEach(({ key }, i) =>
        parts.get(id)!.set(
          key,
          columns[i].map((c) => (row ? Number(row[c]) : 0)),
        ),
      );
    }
  }
  return parts;
}

/** The values of the figures over the subtree (each `isSummedByBranch`), from the branches' parts. */
export function summedFigures(scope: SubtreeScope, year: number, figures: readonly Figure[]): Map<string, number> {
  const branchIds = scope.subtreeBranchIds;
  const keyOf = (branchId: number, figure: Figure) => `${branchId}|${year}|${figure.key}`;
  const before = branchVersions(branchIds);
  const stale = branchIds.filter((id) => figures.some((f) => kept.get(keyOf(id, f))?.version !== before.get(id)));
  const fresh = stale.length ? partsByBranch(stale, year, figures) : new Map<number, Map<string, Part>>();
  if (stale.length) {
    // Kept only where nothing was written while they were counted.
    const after = branchVersions(stale);
    for (const id of stale) {
      for (const figure of figures) {
        const version = before.get(id)!;
        if (after.get(id) === version) keep(keyOf(id, figure), { version, part: fresh.get(id)!.get(figure.key)! });
        else kept.delete(keyOf(id, figure));
      }
    }
  }
  return new Map(
    figures.map((figure) => {
      const total = branchIds.reduce<Part>((sum, id) => {
        const part = fresh.get(id)?.get(figure.key) ?? kept.get(keyOf(id, figure))!.part;
        return sum.length ? sum.map((s, i) => s + part[i]) : [...part];
      }, []);
      return [figure.key, total.length ? totalOf(figure.plan.measure, total) : 0];
    }),
  );
}
