/**
 * The figure engine over an organisation's subtree (a `SubtreeScope`): every figure the branches' pickers
 * offer that counts or sums records (not a rate) comes out, over the subtree, as the sum of that figure over
 * each branch beneath it, over random trees. A count of distinct names (问题方面, 承诺对象) counts a name
 * once across the branches, so it is at most the sum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { planFigure } = await import('@/db/report/figures/registry');
const { figureDictionary } = await import('@/db/report/figures/dictionary');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { subtreeBranches } = await import('@/db/queries/organisations');
const { build, tree, year } = await import('@/tests/support/random-tree');

describe('a figure over the branches beneath an organisation', () => {
  it('is the sum of the figure over each branch', () => {
    fc.assert(
      fc.property(tree, (shape) => {
        const rootId = build(shape);
        const ids = subtreeBranches(rootId).map((b) => b.id);
        const keys = [...new Set(ids.flatMap((branchId) => figureCatalogue({ branchId }).map((e) => e.key)))];
        const scope = { subtreeBranchIds: ids };
        const subtree = computeFigures(scope, year, keys);
        const dictionary = figureDictionary(scope);
        const countsNames = (key: string) => {
          const planned = planFigure(key, scope, year, dictionary);
          if (typeof planned === 'string') throw new Error(planned);
          const { measure } = planned.plan;
          return measure.kind === 'distinct' && !/person_?id$/i.test(measure.of.name);
        };
        const perBranch = ids.map((branchId) => computeFigures({ branchId }, year, keys));
        let compared = 0;
        for (const key of keys) {
          const whole = subtree.get(key)!;
          if ('problem' in whole || whole.unit === '%') continue;
          const parts = perBranch.map((figures) => figures.get(key)!);
          const sum = parts.reduce((n, f) => n + ('problem' in f ? 0 : f.value), 0);
          if (countsNames(key)) {
            expect(whole.value).toBeLessThanOrEqual(sum);
            continue;
          }
          expect({ key, value: whole.value }).toEqual({ key, value: sum });
          expect(whole.records).toHaveLength(parts.reduce((n, f) => n + ('problem' in f ? 0 : f.records.length), 0));
          compared++;
        }
        expect(compared).toBeGreaterThan(20);
      }),
      { numRuns: 8 },
    );
  });
});
