import type { Executor } from '@/db/client';
import { meetingKinds, outputTypes, workOutputCategories } from '@/db/schema';
import { defaultMeetingKinds } from '@/lib/meetings/model';
import { defaultOutputTypes, defaultWorkOutputCategories } from '@/lib/service/model';

/**
 * The rows a new branch starts with: the standard meeting kinds with the usual minimum frequencies,
 * the service output types and the work-output categories, in their display order. The benchmark's
 * dataset writes the same rows in bulk.
 */
export function branchDefaultRows(branchId: number) {
  return {
    meetingKinds: defaultMeetingKinds.map((kind, sortOrder) => ({
      branchId,
      code: kind.code,
      name: kind.name,
      attendeeScope: kind.scope,
      period: kind.period,
      minCount: kind.minCount,
      perGroup: kind.perGroup ?? false,
      sortOrder,
    })),
    outputTypes: defaultOutputTypes.map((type, sortOrder) => ({ branchId, ...type, sortOrder })),
    workOutputCategories: defaultWorkOutputCategories.map((category, sortOrder) => ({
      branchId,
      ...category,
      sortOrder,
    })),
  };
}

/** Gives a new branch its default meeting kinds, service output types and work-output categories. */
export function addBranchDefaults(executor: Executor, branchId: number) {
  const rows = branchDefaultRows(branchId);
  return {
    kinds: rows.meetingKinds.map((row) => executor.insert(meetingKinds).values(row).returning().get()),
    outputTypes: rows.outputTypes.map((row) => executor.insert(outputTypes).values(row).returning().get()),
    workOutputCategories: rows.workOutputCategories.map((row) =>
      executor.insert(workOutputCategories).values(row).returning().get(),
    ),
  };
}
