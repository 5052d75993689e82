import 'server-only';
import type { BranchScope } from '@/db/queries/scope';
import { listWorkOutputCategories } from '@/db/queries/work-outputs';
import { countFigures } from '@/db/report/figures/compute';
import { counted } from '@/db/report/totals/counted';
import { figureKey } from '@/lib/report/figure-key';

export type WorkOutputTotal = {
  categoryId: number;
  name: string;
  unit: string;
  archived: boolean;
  /** How many entries … */
  entries: number;
  /** … and the sum of their quantities, in the category's unit (e.g. 36 篇). */
  total: number;
  /** The entries behind the total. */
  ids: number[];
};

/**
 * A year's work outputs of a branch per category, with the entries behind each total: the report's own
 * figures (source `work`), so the page and the report cannot differ. Every category in use is listed
 * (with 0 when it has no entry that year); an archived one only when it has entries that year.
 */
export function workOutputTotalsForYear(scope: BranchScope, year: number): WorkOutputTotal[] {
  const categories = listWorkOutputCategories(scope).map((c) => ({
    ...c,
    sum: figureKey({ source: 'work', params: { category: String(c.id) } }),
    entries: figureKey({ source: 'work', params: { category: String(c.id), measure: 'entries' } }),
  }));
  const figures = countFigures(
    scope,
    year,
    categories.flatMap((c) => [c.sum, c.entries]),
  );
  return categories
    .map((c) => {
      const sum = counted(figures, c.sum);
      return {
        categoryId: c.id,
        name: c.name,
        unit: c.unit,
        archived: c.archivedAt !== null,
        entries: counted(figures, c.entries).value,
        total: sum.value,
        ids: sum.ids,
      };
    })
    .filter((t) => !t.archived || t.entries > 0);
}
