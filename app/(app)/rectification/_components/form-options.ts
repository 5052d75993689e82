import 'server-only';
import { listHeldMeetingOptions, listPossibleAttendees } from '@/db/queries/meetings';
import { rectificationFilterOptions } from '@/db/queries/rectification';
import type { SessionUser } from '@/lib/auth/session-user';
import { isPartyMember } from '@/lib/meetings/expected-attendees';

/** What the item form offers: aspects used so far, the branch's members, and meetings to link. */
export function rectificationFormOptions(user: SessionUser) {
  return {
    aspects: rectificationFilterOptions(user).aspects,
    people: listPossibleAttendees(user)
      .filter(isPartyMember)
      .map((p) => ({ value: p.id, label: p.name })),
    // Where problems are usually found.
    meetings: listHeldMeetingOptions(user, ['life_meeting', 'seminar', 'general', 'committee']),
  };
}
