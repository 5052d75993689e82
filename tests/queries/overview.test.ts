/**
 * db/queries/overview.ts over random organisation trees: the grouped queries of a whole subtree give every
 * branch the same facts as that branch's own pages compute (compliance calendar, the attendance figure,
 * open rectification, the roster's counts, the dues ledger), and each organisation's totals are the sums of
 * the branches beneath it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statementsDuring } from '@/tests/support/statement-count';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { overviewFacts } = await import('@/db/queries/overview');
const { branchFacts } = await import('@/db/queries/overview-cache');
const { recordAudit } = await import('@/db/audit');
const { branchCompliance } = await import('@/db/queries/compliance');
const { countFigures } = await import('@/db/report/figures/compute');
const { openRectificationCounts } = await import('@/db/queries/rectification');
const { countByStatus } = await import('@/db/queries/people');
const { subtreeBranches, subtreeOrganisations } = await import('@/db/queries/organisations');
const { complianceCounts } = await import('@/lib/overview/compliance-summary');
const { overviewLines } = await import('@/lib/overview/lines');
const fb = await import('@/tests/queries/fresh-branch');

const { build, today, tree, year } = await import('@/tests/support/random-tree');

describe('the overview of an organisation', () => {
  it('gives each branch the facts its own pages compute, and each organisation the sums beneath it', () => {
    fc.assert(
      fc.property(tree, (shape) => {
        const rootId = build(shape);
        const branchLeaves = subtreeBranches(rootId);
        expect(branchLeaves).toHaveLength(shape.branches.length);
        const facts = overviewFacts({ subtreeBranchIds: branchLeaves.map((b) => b.id) }, year, today);

        for (const f of facts) {
          const branch = { id: f.branchId, name: '', organisationId: rootId };
          const user = fb.userOf(branch, 'secretary');
          expect(f.compliance).toEqual(complianceCounts(branchCompliance(user, year, today)));
          const figures = countFigures(user, year, ['attendance:measure=present', 'attendance:measure=expected']);
          const value = (key: string) => {
            const v = figures.get(key)!;
            return typeof v === 'string' ? v : v.value;
          };
          expect(f.attendance).toEqual({
            present: value('attendance:measure=present'),
            expected: value('attendance:measure=expected'),
          });
          const open = openRectificationCounts(user, today);
          expect(f.rectification).toEqual({ open: open.open, overdue: open.overdue });
          const byStatus = Object.fromEntries(countByStatus(user).map((r) => [r.status, r.count]));
          for (const s of ['applicant', 'activist', 'candidate', 'probationary'] as const)
            expect(f.development[s]).toBe(byStatus[s] ?? 0);
        }

        const lines = overviewLines(rootId, subtreeOrganisations(rootId), branchLeaves, facts, null);
        const factsOf = new Map(facts.map((f) => [f.branchId, f]));
        for (const line of lines) {
          if (line.type !== 'organisation') continue;
          const beneath = subtreeBranches(line.id).map((b) => factsOf.get(b.id)!);
          expect(line.totals.branches).toBe(beneath.length);
          const sum = (pick: (f: (typeof facts)[number]) => number) => beneath.reduce((n, f) => n + pick(f), 0);
          expect(line.totals.compliance.missed).toBe(sum((f) => f.compliance.missed));
          expect(line.totals.attendance.present).toBe(sum((f) => f.attendance.present));
          expect(line.totals.attendance.expected).toBe(sum((f) => f.attendance.expected));
          expect(line.totals.rectification.overdue).toBe(sum((f) => f.rectification.overdue));
          expect(line.totals.development.activist).toBe(sum((f) => f.development.activist));
        }
      }),
      { numRuns: 12 },
    );
  });

  it('reads nothing outside the subtree', () => {
    const rootId = build({
      parents: [0],
      branches: [{ under: 1, records: { people: ['activist'], meetings: [], items: [] } }],
    });
    const other = build({
      parents: [],
      branches: [{ under: 0, records: { people: ['activist'], meetings: [], items: [] } }],
    });
    const mine = subtreeBranches(rootId).map((b) => b.id);
    expect(mine).toHaveLength(1);
    expect(subtreeBranches(other).map((b) => b.id)).not.toContain(mine[0]);
    const facts = overviewFacts({ subtreeBranchIds: mine }, year, today);
    expect(facts.map((f) => f.branchId)).toEqual(mine);
  });

  it('reads a subtree of many branches with as many statements as one of two', async () => {
    const small = build({
      parents: [0],
      branches: [0, 1].map((under) => ({
        under,
        records: {
          people: ['activist'],
          meetings: [{ code: 'general', month: 3, held: true, attendance: ['present'] }],
          items: [{ deadlineMonth: 2, state: 'in_progress' }],
        },
      })),
    });
    const large = build({
      parents: [0, 1, 0],
      branches: Array.from({ length: 9 }, (_, i) => ({
        under: i,
        records: {
          people: ['activist', 'candidate'],
          meetings: [{ code: 'general', month: 3, held: true, attendance: ['present', 'absent'] }],
          items: [{ deadlineMonth: 2, state: 'in_progress' }],
        },
      })),
    });
    const count = (rootId: number) =>
      statementsDuring(db.$client, () =>
        overviewFacts({ subtreeBranchIds: subtreeBranches(rootId).map((b) => b.id) }, year, today),
      );
    expect(await count(large)).toBe(await count(small));
  });

  it('keeps each branch’s facts until a write under that branch, and recomputes only that branch', async () => {
    const rootId = build({
      parents: [],
      branches: [0, 0, 0].map((under) => ({ under, records: { people: ['activist'], meetings: [], items: [] } })),
    });
    const ids = subtreeBranches(rootId).map((b) => b.id);
    const cold = await statementsDuring(db.$client, () => branchFacts(ids, year, today));
    const first = branchFacts(ids, year, today);
    // Nothing written: one statement (the branches' versions) and the same facts.
    expect(await statementsDuring(db.$client, () => branchFacts(ids, year, today))).toBe(1);
    expect(branchFacts(ids, year, today)).toEqual(first);

    // A second activist in the first branch, written as every mutation writes: with its audit entry. The
    // second branch's new activist is written behind the app's back (no entry): its kept facts stand.
    fb.addPerson(ids[1], '未经记录的积极分子', 'activist');
    fb.addPerson(ids[0], '新积极分子', 'activist');
    recordAudit(db, { accountId: null, branchId: ids[0], action: 'person.create', entity: 'people', entityId: null });
    expect(await statementsDuring(db.$client, () => branchFacts(ids, year, today))).toBe(cold);
    const after = branchFacts(ids, year, today);
    expect(after[0].development.activist).toBe(first[0].development.activist + 1);
    expect(after.slice(1)).toEqual(first.slice(1));
    expect(overviewFacts({ subtreeBranchIds: [ids[1]] }, year, today)[0].development.activist).toBe(
      first[1].development.activist + 1,
    );
    // Another day is another answer (overdue items and open periods move with it).
    expect(branchFacts(ids, year, '2026-12-31')[0].compliance).not.toEqual(after[0].compliance);
  });
});
