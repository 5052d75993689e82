import 'server-only';
import { db } from '@/db';
import { untilNextWrite } from '@/db/cache';
import { inIds } from '@/db/queries/in-ids';
import { isSubtree, type Scope, type SubtreeScope, scopeBranches, scopeKey } from '@/db/queries/scope';
import { type Aggregated, aggregateFigures } from '@/db/report/figures/aggregate-figures';
import { figureDictionary } from '@/db/report/figures/dictionary';
import { type PlannedFigure, planFigure } from '@/db/report/figures/registry';
import { isSummedByBranch, summedFigures } from '@/db/report/figures/summed-figures';
import type { FigurePlan, RecordRow, RecordSet } from '@/db/report/figures/types';
import { branches } from '@/db/schema';
import { branchPageHref } from '@/lib/overview/branch-page';
import { joinList } from '@/lib/report/figure-lists';
import { figureNumberText, moneyText } from '@/lib/report/figure-number';
import { type FigureRecord, type FigureResult, type FigureSummary, summariesOf } from '@/lib/report/figure-types';

const byDateThenId = (a: FigureRecord, b: FigureRecord) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id;

/** The titles of the records behind the figures: one query per kind of record, for all figures at once. */
function fetchRecords(
  scope: Scope,
  year: number,
  wanted: Map<RecordSet, Set<number>>,
): Map<RecordSet, Map<number, RecordRow>> {
  const out = new Map<RecordSet, Map<number, RecordRow>>();
  const listed = [...wanted.values()].some((ids) => ids.size > 0);
  const names = isSubtree(scope) && listed ? branchNames(scope) : null;
  for (const [set, ids] of wanted) {
    const rows = ids.size ? set.list(scope, [...ids], year) : [];
    out.set(set, new Map((names ? inTheirBranches(set, rows, names) : rows).map((r) => [r.id, r])));
  }
  return out;
}

function branchNames(scope: SubtreeScope): Map<number, string> {
  const rows = db
    .select({ id: branches.id, name: branches.name })
    .from(branches)
    .where(scopeBranches(branches.id, scope))
    .all();
  return new Map(rows.map((b) => [b.id, b.name]));
}

/**
 * Records of an organisation's figure, each named with its branch (the records panel groups them by it)
 * and opening in that branch: its page is reached through the overview, which switches to the branch.
 * One query per kind of record for the branch of each.
 */
function inTheirBranches(set: RecordSet, rows: RecordRow[], names: Map<number, string>): RecordRow[] {
  if (!rows.length) return rows;
  const owners = db
    .select({ id: set.table.id, branchId: set.table.branchId })
    .from(set.table.id.table)
    .where(
      inIds(
        set.table.id,
        rows.map((r) => r.id),
      ),
    )
    .all() as { id: number; branchId: number }[];
  const branchOf = new Map(owners.map((o) => [o.id, o.branchId]));
  return rows.map((row) => {
    const branchId = branchOf.get(row.id);
    if (branchId === undefined) return row;
    return {
      ...row,
      branchId,
      branch: names.get(branchId) ?? '',
      href: row.href ? branchPageHref(branchId, row.href) : row.href,
    };
  });
}

/**
 * Each key planned (or why it cannot be), and the plannable ones counted: one aggregate query per table,
 * collecting the ids of the records behind the figures `withIds` names. Over an organisation's branches,
 * a figure whose records are not wanted and which adds up across branches is the sum of the branches'
 * parts, each kept until that branch's next write (summed-figures.ts).
 */
function planAndCount(
  scope: Scope,
  year: number,
  keys: string[],
  withIds: (figure: { plan: FigurePlan }) => boolean = () => true,
) {
  const dictionary = figureDictionary(scope);
  const planned = new Map<string, PlannedFigure | string>();
  for (const key of keys) if (!planned.has(key)) planned.set(key, planFigure(key, scope, year, dictionary));
  const figures = [...planned].flatMap(([key, p]) => (typeof p === 'string' ? [] : [{ key, ...p }]));
  const summed = isSubtree(scope) ? figures.filter((f) => !withIds(f) && isSummedByBranch(f.plan)) : [];
  const counted = figures.filter((f) => !summed.includes(f));
  const aggregated = aggregateFigures(scope, year, counted, withIds);
  if (summed.length) {
    for (const [key, value] of summedFigures(scope as SubtreeScope, year, summed))
      aggregated.set(key, { value, ids: [] });
  }
  return { planned, figures, aggregated };
}

/**
 * Figures without their records' titles, for pages that show totals and link to the records by id
 * themselves: each key's value and ids, or the Chinese explanation of why it names no figure.
 */
export function countFigures(scope: Scope, year: number, keys: string[]): Map<string, Aggregated | string> {
  const { planned, aggregated } = planAndCount(scope, year, keys);
  return new Map([...planned].map(([key, p]) => [key, typeof p === 'string' ? p : aggregated.get(key)!]));
}

/**
 * The report's figures for a branch and year, by token key (`meetings:kind=committee`). Each comes
 * with the records behind it; a key naming no figure (malformed, unknown source, a removed kind …)
 * comes back as a problem explained in Chinese. SQL statements: one per table counted over, one per
 * kind of record listed, and one per lookup of the branch's own names — never one per token or record.
 */
export function computeFigures(scope: Scope, year: number, keys: string[]): Map<string, FigureResult> {
  return resolveFigures(scope, year, keys, () => true);
}

/**
 * The figures as the report's text shows them, without the records behind them: the editor, the review,
 * the print view, the .docx and the checks. Only a list figure, whose text is made of its records, reads
 * them; the records of any figure are fetched when its chip is opened (computeFigures for that key).
 */
export function computeFigureSummaries(scope: Scope, year: number, keys: string[]): Map<string, FigureSummary> {
  const results = resolveFigures(scope, year, keys, ({ plan }) => !!plan.list);
  return new Map(summariesOf(results));
}

/** computeFigures, with the records of only the figures `withRecords` names (the others list none). */
function resolveFigures(
  scope: Scope,
  year: number,
  keys: string[],
  withRecords: (figure: { plan: FigurePlan }) => boolean,
): Map<string, FigureResult> {
  const { planned, figures, aggregated } = planAndCount(scope, year, keys, withRecords);

  const wanted = new Map<RecordSet, Set<number>>();
  for (const { key, plan } of figures) {
    const ids = wanted.get(plan.table.records) ?? new Set<number>();
    for (const id of aggregated.get(key)!.ids) ids.add(id);
    wanted.set(plan.table.records, ids);
  }
  const records = fetchRecords(scope, year, wanted);

  const results = new Map<string, FigureResult>();
  for (const [key, p] of planned) {
    if (typeof p === 'string') {
      results.set(key, { key, problem: p });
      continue;
    }
    const { value, ids } = aggregated.get(key)!;
    const { records: recordSet } = p.plan.table;
    const rows = records.get(recordSet)!;
    const behind = ids.flatMap((id) => rows.get(id) ?? []).sort(byDateThenId);
    results.set(key, {
      key,
      label: p.label,
      unit: p.plan.unit,
      value,
      text: p.plan.list
        ? joinList(
            p.plan.list,
            behind.map((r) => r.item ?? r.title),
          )
        : p.plan.measure.kind === 'money'
          ? moneyText(value)
          : figureNumberText(value),
      records: behind.map(({ id, title, date, href, branchId, branch }) => ({
        id,
        title,
        date,
        href,
        ...(branchId !== undefined ? { branchId, branch } : {}),
      })),
      ...(recordSet.permission ? { recordsPermission: recordSet.permission } : {}),
    });
  }
  return results;
}

const computed = untilNextWrite<Map<string, FigureSummary>>(200);

/**
 * computeFigureSummaries for pages and routes: the same figures, kept in memory until the next write to
 * the database (db/cache.ts), so reopening the editor, the print view or the .docx of an unchanged report
 * does not count everything again. The Map is shared: read it, never change it.
 */
export function cachedFigures(scope: Scope, year: number, keys: string[]): Map<string, FigureSummary> {
  return computed.get(`${scopeKey(scope)}|${year}|${keys.join('\n')}`, () => computeFigureSummaries(scope, year, keys));
}
