import type { FigureRecord } from '@/lib/report/figure-types';

export type RecordGroup = { branchId: number | null; branch: string | null; records: FigureRecord[] };

/**
 * The records behind a figure as the panel lists them: one group per branch for an organisation's figure
 * (branches in the order their first record comes, each keeping the records' order; two branches of the same
 * name stay apart), else one group.
 */
export function recordGroups(records: readonly FigureRecord[]): RecordGroup[] {
  const groups = new Map<number | null, RecordGroup>();
  for (const record of records) {
    const branchId = record.branchId ?? null;
    let group = groups.get(branchId);
    if (!group) {
      group = { branchId, branch: record.branch ?? null, records: [] };
      groups.set(branchId, group);
    }
    group.records.push(record);
  }
  return [...groups.values()];
}
