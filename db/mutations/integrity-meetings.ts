import 'server-only';
import { and, eq } from 'drizzle-orm';
import { writeWithAudit } from '@/db/mutations/write';
import { inBranch, liveIn } from '@/db/queries/scope';
import { integrityMeetings, meetings } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { ActionError, notFoundMessage } from '@/lib/errors';

/** Marks a held meeting of the branch as a special meeting on clean government (the meeting is not copied). */
export function linkMeeting(user: SessionUser, meetingId: number): number {
  return writeWithAudit(user, (tx, audit) => {
    const meeting = tx
      .select({ status: meetings.status, topic: meetings.topic, date: meetings.date })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), liveIn(meetings, user)))
      .get();
    if (!meeting) throw new ActionError(notFoundMessage);
    if (meeting.status !== 'held') throw new ActionError('只能关联已召开的会议', { meetingId: ['请选择已召开的会议'] });
    const linked = tx
      .select({ id: integrityMeetings.id })
      .from(integrityMeetings)
      .where(eq(integrityMeetings.meetingId, meetingId))
      .get();
    if (linked) throw new ActionError('该会议已关联为党风廉政专题会议', { meetingId: ['该会议已关联'] });
    const row = tx.insert(integrityMeetings).values({ branchId: user.branchId, meetingId }).returning().get();
    audit({
      action: 'integrity_meeting.link',
      entity: 'integrity_meetings',
      entityId: row.id,
      after: { ...row, ...meeting },
    });
    return row.id;
  });
}

/**
 * Takes a meeting off the clean-government list. The link row is deleted (it holds nothing but the
 * pairing, and the meeting itself stays); the audit entry keeps what was linked.
 */
export function unlinkMeeting(user: SessionUser, id: number): void {
  writeWithAudit(user, (tx, audit) => {
    const link = tx
      .select()
      .from(integrityMeetings)
      .where(and(eq(integrityMeetings.id, id), inBranch(integrityMeetings, user)))
      .get();
    if (!link) throw new ActionError(notFoundMessage);
    tx.delete(integrityMeetings).where(eq(integrityMeetings.id, id)).run();
    audit({ action: 'integrity_meeting.unlink', entity: 'integrity_meetings', entityId: id, before: link });
  });
}
