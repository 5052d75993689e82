import 'server-only';
import { listPossibleAttendees } from '@/db/queries/meetings';
import { listSourceMeetings, rectificationFilterOptions } from '@/db/queries/rectification';
import type { SessionUser } from '@/lib/auth/session-user';
import { isPartyMember } from '@/lib/meetings/expected-attendees';

/** What the item form offers: aspects used so far, the branch's members, and meetings to link. */
export function rectificationFormOptions(user: SessionUser) {
  return {
    aspects: rectificationFilterOptions(user).aspects,
    people: listPossibleAttendees(user)
      .filter(isPartyMember)
      .map((p) => ({ value: p.id, label: p.name })),
    meetings: listSourceMeetings(user).map((m) => ({ value: m.id, label: `${m.date} ${m.kindName}：${m.topic}` })),
  };
}
