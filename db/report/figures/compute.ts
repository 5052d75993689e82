import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { aggregateFigures } from '@/db/report/figures/aggregate';
import { figureDictionary } from '@/db/report/figures/dictionary';
import { type RecordKind, type RecordRow, recordPermissions, recordQueries } from '@/db/report/figures/records';
import { type PlannedFigure, planFigure } from '@/db/report/figures/sources';
import { figureTables } from '@/db/report/figures/tables';
import { joinList } from '@/lib/report/figure-lists';
import { figureNumberText } from '@/lib/report/figure-number';
import type { FigureRecord, FigureResult } from '@/lib/report/figure-types';

const byDateThenId = (a: FigureRecord, b: FigureRecord) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id;

/** The titles of the records behind the figures: one query per kind of record, for all figures at once. */
function fetchRecords(
  branchId: number,
  year: number,
  wanted: Map<RecordKind, Set<number>>,
): Map<RecordKind, Map<number, RecordRow>> {
  const out = new Map<RecordKind, Map<number, RecordRow>>();
  for (const [kind, ids] of wanted) {
    const rows = ids.size ? recordQueries[kind](branchId, [...ids], year) : [];
    out.set(kind, new Map(rows.map((r) => [r.id, r])));
  }
  return out;
}

/**
 * The report's figures for a branch and year, by token key (`meetings:kind=committee`). Each comes
 * with the records behind it; a key naming no figure (malformed, unknown source, a removed kind …)
 * comes back as a problem explained in Chinese. SQL statements: one per table counted over, one per
 * kind of record listed, and one per lookup of the branch's own names — never one per token or record.
 */
export function computeFigures(branchId: number, year: number, keys: string[]): Map<string, FigureResult> {
  const dictionary = figureDictionary(branchId);
  const planned = new Map<string, PlannedFigure | string>();
  for (const key of keys) if (!planned.has(key)) planned.set(key, planFigure(key, branchId, year, dictionary));

  const figures = [...planned].flatMap(([key, p]) => (typeof p === 'string' ? [] : [{ key, ...p }]));
  const aggregated = aggregateFigures(branchId, year, figures);

  const wanted = new Map<RecordKind, Set<number>>();
  for (const { key, plan } of figures) {
    const kind = figureTables[plan.table].records;
    const ids = wanted.get(kind) ?? new Set<number>();
    for (const id of aggregated.get(key)!.ids) ids.add(id);
    wanted.set(kind, ids);
  }
  const records = fetchRecords(branchId, year, wanted);

  const results = new Map<string, FigureResult>();
  for (const [key, p] of planned) {
    if (typeof p === 'string') {
      results.set(key, { key, problem: p });
      continue;
    }
    const { value, ids } = aggregated.get(key)!;
    const rows = records.get(figureTables[p.plan.table].records)!;
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
        : figureNumberText(value),
      records: behind.map(({ id, title, date, href }) => ({ id, title, date, href })),
      ...(recordPermissions[figureTables[p.plan.table].records]
        ? { recordsPermission: recordPermissions[figureTables[p.plan.table].records] }
        : {}),
    });
  }
  return results;
}

const computed = untilNextWrite<Map<string, FigureResult>>(200);

/**
 * computeFigures for pages and routes: the same figures, kept in memory until the next write to the
 * database (db/cache.ts), so reopening the editor, the print view or the .docx of an unchanged report
 * does not count everything again. The Map is shared: read it, never change it.
 */
export function cachedFigures(branchId: number, year: number, keys: string[]): Map<string, FigureResult> {
  return computed.get(`${branchId}|${year}|${keys.join('\n')}`, () => computeFigures(branchId, year, keys));
}
