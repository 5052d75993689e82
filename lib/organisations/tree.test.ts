import { describe, expect, it } from 'vitest';
import { branchesBeneath, treeLines } from '@/lib/organisations/tree';

const org = (id: number, parentId: number | null, sortOrder = 0) => ({
  id,
  parentId,
  name: `组织${id}`,
  level: 'party_committee' as const,
  sortOrder,
});
const branch = (id: number, organisationId: number) => ({ id, organisationId, name: `支部${id}` });

// 1 党委 → 2 党工委 (branches 11, 12) and 3 党总支 (→ 4, branch 14); branch 10 directly under 1.
const organisations = [org(3, 1, 2), org(1, null), org(4, 3), org(2, 1, 1)];
const branches = [branch(12, 2), branch(10, 1), branch(11, 2), branch(14, 4)];

describe('the organisation tree', () => {
  it('reads depth first: an organisation, its branches, then its sub-organisations in their order', () => {
    const lines = treeLines(1, organisations, branches);
    expect(
      lines.map((l) => (l.type === 'organisation' ? `o${l.node.id}@${l.depth}` : `b${l.branch.id}@${l.depth}`)),
    ).toEqual(['o1@0', 'b10@1', 'o2@1', 'b11@2', 'b12@2', 'o3@1', 'o4@2', 'b14@3']);
  });

  it('starts at any node and leaves the rest out', () => {
    const lines = treeLines(3, organisations, branches);
    expect(lines.map((l) => (l.type === 'organisation' ? l.node.id : l.branch.id))).toEqual([3, 4, 14]);
    expect(lines[0].parentId).toBeNull();
  });

  it('orders sibling branches as asked', () => {
    const lines = treeLines(2, organisations, branches, (siblings) => siblings.sort((a, b) => b.id - a.id));
    expect(lines.filter((l) => l.type === 'branch').map((l) => (l.type === 'branch' ? l.branch.id : 0))).toEqual([
      12, 11,
    ]);
  });

  it('knows the branches anywhere beneath each organisation', () => {
    const beneath = branchesBeneath(treeLines(1, organisations, branches));
    expect(beneath.get(1)?.sort()).toEqual([10, 11, 12, 14]);
    expect(beneath.get(2)).toEqual([11, 12]);
    expect(beneath.get(3)).toEqual([14]);
    expect(beneath.get(4)).toEqual([14]);
  });

  it('is empty for an unknown root', () => {
    expect(treeLines(99, organisations, branches)).toEqual([]);
  });
});
