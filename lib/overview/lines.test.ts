import { describe, expect, it } from 'vitest';
import type { BranchFacts } from '@/lib/overview/facts';
import { overviewLines, visibleLines } from '@/lib/overview/lines';

const org = (id: number, parentId: number | null) => ({
  id,
  parentId,
  name: `组织${id}`,
  level: 'working_committee' as const,
  sortOrder: id,
});
const facts = (branchId: number, missed: number): BranchFacts => ({
  branchId,
  setupPending: false,
  compliance: { met: 1, missed, due: 0 },
  months: Array(12).fill(null),
  attendance: { present: 1, expected: 2 },
  rectification: { open: 0, overdue: 0 },
  development: { applicant: 0, activist: 0, candidate: 0, probationary: 0, overdueSteps: 0 },
  report: null,
  dues: null,
});

// 1 → 2 (branches 21, 22) and 3 (→ 4, branch 41); branch 11 directly under 1.
const organisations = [org(1, null), org(2, 1), org(3, 1), org(4, 3)];
const branches = [
  { id: 11, organisationId: 1, name: '甲' },
  { id: 21, organisationId: 2, name: '乙' },
  { id: 22, organisationId: 2, name: '丙' },
  { id: 41, organisationId: 4, name: '丁' },
];
const all = [facts(11, 0), facts(21, 1), facts(22, 5), facts(41, 2)];
const ids = (lines: ReturnType<typeof overviewLines>) => lines.map((l) => `${l.type[0]}${l.id}`);

describe('the overview’s lines', () => {
  const lines = overviewLines(1, organisations, branches, all, null);

  it('add up every branch beneath an organisation, at any depth', () => {
    const totals = (id: number) => lines.find((l) => l.type === 'organisation' && l.id === id);
    expect(totals(1)).toMatchObject({ totals: { branches: 4, compliance: { missed: 8 } } });
    expect(totals(3)).toMatchObject({ totals: { branches: 1, compliance: { missed: 2 } } });
  });

  it('sort the branches under each organisation, worst first when asked', () => {
    const sorted = overviewLines(1, organisations, branches, all, { sort: 'missed', direction: 'desc' });
    expect(ids(sorted)).toEqual(['o1', 'b11', 'o2', 'b22', 'b21', 'o3', 'o4', 'b41']);
  });

  it('show a closed organisation’s own line but nothing beneath it', () => {
    expect(ids(visibleLines(lines, new Set([1])))).toEqual(['o1', 'b11', 'o2', 'o3']);
    expect(ids(visibleLines(lines, new Set([1, 3])))).toEqual(['o1', 'b11', 'o2', 'o3', 'o4']);
    expect(ids(visibleLines(lines, new Set([1, 2, 3, 4])))).toEqual(ids(lines));
    // An open organisation under a closed one stays hidden.
    expect(ids(visibleLines(lines, new Set([1, 4])))).toEqual(['o1', 'b11', 'o2', 'o3']);
  });
});
