import 'server-only';
import { recordsFrom } from '@/db/queries/branches';
import { listHeldMeetings, listMeetingKinds } from '@/db/queries/meetings';
import { listGroups } from '@/db/queries/people';
import type { SessionUser } from '@/lib/auth/session-user';
import { complianceCalendar, type FrequencyRule } from '@/lib/meetings/compliance';

/** The branch's frequency rules: one per kind with a period, one per party group for per-group kinds. */
export function frequencyRules(user: SessionUser): FrequencyRule[] {
  const groups = listGroups(user);
  return listMeetingKinds(user).flatMap((kind): FrequencyRule[] => {
    if (!kind.period || kind.minCount < 1) return [];
    const base = { kindId: kind.id, kindName: kind.name, period: kind.period, minCount: kind.minCount };
    if (!kind.perGroup) return [{ ...base, key: `kind-${kind.id}`, groupId: null, groupName: null }];
    return groups.map((g) => ({ ...base, key: `kind-${kind.id}-group-${g.id}`, groupId: g.id, groupName: g.name }));
  });
}

export function branchCompliance(user: SessionUser, year: number, today: string) {
  return complianceCalendar(frequencyRules(user), listHeldMeetings(user, year), year, today, recordsFrom(user));
}
