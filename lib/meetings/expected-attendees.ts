import type { AttendeeScope } from '@/lib/meetings/model';
import type { PoliticalStatus } from '@/lib/people/model';

type Candidate = {
  politicalStatus: PoliticalStatus;
  committeeTitle: string | null;
  groupId: number | null;
};

export const isPartyMember = (p: Pick<Candidate, 'politicalStatus'>) =>
  p.politicalStatus === 'full' || p.politicalStatus === 'probationary';

/**
 * Whether a person should attend a meeting of this scope by the rule: every party member for a general
 * meeting, lecture or theme day; the committee for a 支委会; the group's members for a 党小组会. For a
 * kind whose attendees are chosen, everyone chosen should attend. Anyone else on the list is 列席.
 */
export function isExpectedAttendee(person: Candidate, scope: AttendeeScope, groupId: number | null): boolean {
  switch (scope) {
    case 'members':
      return isPartyMember(person);
    case 'committee':
      return person.committeeTitle !== null && isPartyMember(person);
    case 'group':
      return groupId !== null && isPartyMember(person) && person.groupId === groupId;
    case 'chosen':
      return true;
  }
}

/**
 * Who should attend by default: all members for a general meeting, lecture or theme day; the committee
 * for a 支委会; the group's members for a 党小组会; nobody preset for a kind whose attendees are chosen.
 */
export function expectedAttendees<T extends Candidate>(people: T[], scope: AttendeeScope, groupId: number | null): T[] {
  if (scope === 'chosen') return [];
  return people.filter((p) => isExpectedAttendee(p, scope, groupId));
}

/** Each listed person marked `expected` (counts toward 应到) or not (列席), by the same rule. */
export function markExpected<T extends Candidate>(
  rows: T[],
  scope: AttendeeScope,
  groupId: number | null,
): (T & { expected: boolean })[] {
  return rows.map((r) => ({ ...r, expected: isExpectedAttendee(r, scope, groupId) }));
}
