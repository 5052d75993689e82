import 'server-only';
import { recordsFrom } from '@/db/queries/branches';
import { listHeldMeetings, listMeetingKinds } from '@/db/queries/meetings';
import { listGroups } from '@/db/queries/people';
import type { SessionUser } from '@/lib/auth/session-user';
import { complianceCalendar, type FrequencyRule, frequencyRulesOf } from '@/lib/meetings/compliance';

/** The branch's frequency rules: one per kind with a period, one per party group for per-group kinds. */
export function frequencyRules(user: SessionUser): FrequencyRule[] {
  return frequencyRulesOf(listMeetingKinds(user), listGroups(user));
}

export function branchCompliance(user: SessionUser, year: number, today: string) {
  return complianceCalendar(frequencyRules(user), listHeldMeetings(user, year), year, today, recordsFrom(user));
}
