import type { FigureRecord } from '@/lib/report/figure-types';

export type RecordGroup = { branch: string | null; records: FigureRecord[] };

/**
 * The records behind a figure as the panel lists them: one group per branch for an organisation's figure
 * (branches in the order their first record comes, each keeping the records' order), else one group.
 */
export function recordGroups(records: readonly FigureRecord[]): RecordGroup[] {
  const groups = new Map<string | null, FigureRecord[]>();
  for (const record of records) {
    const key = record.branch ?? null;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups].map(([branch, list]) => ({ branch, records: list }));
}
