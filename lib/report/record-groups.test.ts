import { describe, expect, it } from 'vitest';
import { recordGroups } from '@/lib/report/record-groups';

describe('recordGroups', () => {
  it('keeps a branch figure’s records as one group', () => {
    const records = [
      { id: 2, title: '支委会', date: '2025-01-05' },
      { id: 1, title: '党员大会', date: '2025-02-01' },
    ];
    expect(recordGroups(records)).toEqual([{ branchId: null, branch: null, records }]);
  });

  it('groups an organisation’s records by branch in the order their first record comes, keeping each order', () => {
    const groups = recordGroups([
      { id: 1, title: 'a', branchId: 7, branch: '财政局' },
      { id: 2, title: 'b', branchId: 8, branch: '统计局' },
      { id: 3, title: 'c', branchId: 7, branch: '财政局' },
      { id: 4, title: 'd', branchId: 9, branch: '财政局' },
    ]);
    expect(groups.map((g) => [g.branchId, g.branch, g.records.map((r) => r.id)])).toEqual([
      [7, '财政局', [1, 3]],
      [8, '统计局', [2]],
      // Another branch of the same name is a group of its own.
      [9, '财政局', [4]],
    ]);
  });

  it('has no group for no records', () => {
    expect(recordGroups([])).toEqual([]);
  });
});
