import { defaultMeetingKinds } from '@/lib/domain/meetings';
import { defaultOutputTypes, defaultWorkOutputCategories } from '@/lib/domain/service';
import type { Executor } from './client';
import { meetingKinds, outputTypes, workOutputCategories } from './schema';

/** Gives a new branch the standard meeting kinds with the usual minimum frequencies. */
function addDefaultMeetingKinds(executor: Executor, branchId: number) {
  return defaultMeetingKinds.map(
    (kind, sortOrder) =>
      executor
        .insert(meetingKinds)
        .values({
          branchId,
          code: kind.code,
          name: kind.name,
          attendeeScope: kind.scope,
          period: kind.period,
          minCount: kind.minCount,
          perGroup: kind.perGroup ?? false,
          sortOrder,
        })
        .returning()
        .get(),
  );
}

/** What a new branch starts with: meeting kinds, service output types and work-output categories. */
export function addBranchDefaults(executor: Executor, branchId: number) {
  const kinds = addDefaultMeetingKinds(executor, branchId);
  const types = defaultOutputTypes.map((type, sortOrder) =>
    executor.insert(outputTypes).values({ branchId, ...type, sortOrder }).returning().get(),
  );
  const categories = defaultWorkOutputCategories.map((category, sortOrder) =>
    executor.insert(workOutputCategories).values({ branchId, ...category, sortOrder }).returning().get(),
  );
  return { kinds, outputTypes: types, workOutputCategories: categories };
}
