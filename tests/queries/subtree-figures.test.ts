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
const { computeFigures, computeFigureSummaries } = await import('@/db/report/figures/compute');
const { recordAudit } = await import('@/db/audit');
const { db } = await import('@/db');
const fb = await import('@/tests/queries/fresh-branch');
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
          return measure.kind === 'distinct' && !measure.perBranch;
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

/** Each figure's value (or why it names none) by key. */
const values = (figures: ReadonlyMap<string, { value: number } | { problem: string }>) =>
  new Map([...figures].map(([key, f]) => [key, 'problem' in f ? f.problem : f.value]));

describe('an organisation’s figures kept as its branches’ parts', () => {
  it('are the figures counted over the whole subtree, rates included, over random trees', () => {
    fc.assert(
      fc.property(tree, (shape) => {
        const ids = subtreeBranches(build(shape)).map((b) => b.id);
        const keys = [...new Set(ids.flatMap((branchId) => figureCatalogue({ branchId }).map((e) => e.key)))];
        const scope = { subtreeBranchIds: ids };
        expect(values(computeFigureSummaries(scope, year, keys))).toEqual(values(computeFigures(scope, year, keys)));
      }),
      { numRuns: 8 },
    );
  });

  it('follow a write in one branch, and only an audited one: a change behind the app’s back waits for its branch’s next write', () => {
    const root = build({
      parents: [0],
      branches: [
        { under: 0, records: { people: ['full'], meetings: [], items: [] } },
        { under: 1, records: { people: ['full'], meetings: [], items: [] } },
      ],
    });
    const [first, second] = subtreeBranches(root).map((b) => b.id);
    const scope = { subtreeBranchIds: [first, second] };
    const key = 'meetings:kind=committee';
    const count = () => (computeFigureSummaries(scope, year, [key]).get(key) as { value: number }).value;
    expect(count()).toBe(0);

    fb.addMeeting(first, 'committee', `${year}-03-05`, 'held');
    recordAudit(db, { accountId: null, branchId: first, action: 'meeting.create', entity: 'meetings' });
    expect(count()).toBe(1);

    fb.addMeeting(second, 'committee', `${year}-04-05`, 'held');
    expect(count()).toBe(1);
    recordAudit(db, { accountId: null, branchId: second, action: 'meeting.create', entity: 'meetings' });
    expect(count()).toBe(2);
    expect(count()).toBe((computeFigures(scope, year, [key]).get(key) as { value: number }).value);
  });
});
