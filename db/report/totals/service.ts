import 'server-only';
import { listOutputTypes } from '@/db/queries/projects';
import type { BranchScope } from '@/db/queries/scope';
import { countFigures } from '@/db/report/figures/compute';
import { counted } from '@/db/report/totals/counted';
import { figureKey } from '@/lib/report/figure-key';

/**
 * The year's service outputs summed by type, each with the activities behind it: the report's own
 * figures (source `outputs`), so the page and the report cannot differ. Types with no output that
 * year are left out; removed activities and projects do not count.
 */
export function serviceTotalsForYear(scope: BranchScope, year: number) {
  const types = listOutputTypes(scope, { includeArchived: true }).map((t) => ({
    ...t,
    key: figureKey({ source: 'outputs', params: { type: String(t.id) } }),
  }));
  const figures = countFigures(
    scope,
    year,
    types.map((t) => t.key),
  );
  return types.flatMap((t) => {
    const { value, ids } = counted(figures, t.key);
    return ids.length
      ? [{ outputTypeId: t.id, category: t.category, name: t.name, unit: t.unit, total: value, activityIds: ids }]
      : [];
  });
}
export type ServiceTotal = ReturnType<typeof serviceTotalsForYear>[number];
