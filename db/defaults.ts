import { defaultMeetingKinds } from '@/lib/domain/meetings';
import type { Executor } from './client';
import { meetingKinds } from './schema';

/** Gives a new branch the standard meeting kinds with the usual minimum frequencies. */
export function addDefaultMeetingKinds(executor: Executor, branchId: number) {
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
