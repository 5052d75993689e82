import { and, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { meetingKinds, meetings, people } from '@/db/schema';
import type { AttendeeScope } from '@/lib/meetings/model';

const isPartyMember = inArray(people.politicalStatus, ['full', 'probationary']);

/**
 * isExpectedAttendee (lib/meetings/expected-attendees.ts) as SQL over an attendance row joined to its
 * meeting, kind and person: whether the person counts toward the meeting's 应到 by its kind's rule;
 * anyone else on the list is 列席. Like the meeting's page, it reads the person as recorded now.
 */
const expectedBy: Record<AttendeeScope, SQL> = {
  members: isPartyMember,
  committee: and(isNotNull(people.committeeTitle), isPartyMember)!,
  group: and(isNotNull(meetings.groupId), eq(people.groupId, meetings.groupId), isPartyMember)!,
  chosen: sql`1`,
};

export const expectedAttendee = sql`case ${meetingKinds.attendeeScope} ${sql.join(
  Object.entries(expectedBy).map(([scope, condition]) => sql`when ${scope} then ${condition}`),
  sql` `,
)} else 0 end`;
