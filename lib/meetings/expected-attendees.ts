import type { AttendeeScope } from '@/lib/meetings/model';
import type { PoliticalStatus } from '@/lib/people/model';

type Candidate = {
  id: number;
  politicalStatus: PoliticalStatus;
  committeeTitle: string | null;
  groupId: number | null;
};

export const isPartyMember = (p: Pick<Candidate, 'politicalStatus'>) =>
  p.politicalStatus === 'full' || p.politicalStatus === 'probationary';

/**
 * Who should attend by default: all members for a general meeting, lecture or theme day; the committee
 * for a 支委会; the group's members for a 党小组会; nobody preset for a kind whose attendees are chosen.
 */
export function expectedAttendees<T extends Candidate>(people: T[], scope: AttendeeScope, groupId: number | null): T[] {
  switch (scope) {
    case 'members':
      return people.filter(isPartyMember);
    case 'committee':
      return people.filter((p) => p.committeeTitle !== null && isPartyMember(p));
    case 'group':
      return groupId === null ? [] : people.filter((p) => isPartyMember(p) && p.groupId === groupId);
    case 'chosen':
      return [];
  }
}
