import 'server-only';
import { and, asc, inArray, sql } from 'drizzle-orm';
import { db } from '@/db';
import { idsOf } from '@/db/queries/aggregate';
import { type BranchScope, liveIn } from '@/db/queries/scope';
import { countFigures } from '@/db/report/figures/compute';
import { asFigure, counted } from '@/db/report/totals/counted';
import { rectificationItems as items } from '@/db/schema';
import { figureKey } from '@/lib/report/figure-key';

const parts = {
  found: 'found',
  completed: 'completed',
  checkedOff: 'checked_off',
  carriedOver: 'carried_over',
} as const;

/** The problems behind a figure grouped by aspect, in the order the aspects were first recorded. */
function byAspect(scope: BranchScope, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ aspect: items.aspect, count: sql<number>`count(*)`, ids: idsOf(items.id) })
    .from(items)
    .where(and(liveIn(items, scope), inArray(items.id, ids)))
    .groupBy(items.aspect)
    .orderBy(asc(sql`min(${items.id})`))
    .all();
}

/**
 * The year's figures for the duty report, each with the items behind it: problems found (in all and
 * by aspect, so the report can say "N个方面M个问题"), completed, checked off, and carried over from
 * earlier years — the report's own figures (source `rectification`), so the page and the report
 * cannot differ.
 */
export function rectificationCountsForYear(scope: BranchScope, year: number) {
  const keys = Object.fromEntries(
    Object.entries(parts).map(([name, what]) => [name, figureKey({ source: 'rectification', params: { what } })]),
  ) as Record<keyof typeof parts, string>;
  const figures = countFigures(scope, year, Object.values(keys));
  const figure = (name: keyof typeof parts) => asFigure(counted(figures, keys[name]));
  const found = figure('found');
  return {
    found: { ...found, byAspect: byAspect(scope, found.ids) },
    completed: figure('completed'),
    checkedOff: figure('checkedOff'),
    carriedOver: figure('carriedOver'),
  };
}
