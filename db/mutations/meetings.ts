import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { currentIn, inBranch } from '@/db/queries/scope';
import { meetingAttendance, meetingKinds, meetings, partyGroups, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso, todayIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { MeetingInput, MeetingUpdateInput } from '@/lib/meetings/validation';

type AttendanceRow = MeetingInput['attendance'][number];

function checkReferences(tx: Transaction, user: SessionUser, input: MeetingInput) {
  const kind = tx
    .select({ id: meetingKinds.id, code: meetingKinds.code, scope: meetingKinds.attendeeScope })
    .from(meetingKinds)
    .where(and(eq(meetingKinds.id, input.kindId), currentIn(meetingKinds, user)))
    .get();
  if (!kind) throw new ActionError('请选择本支部的会议类型', { kindId: ['请选择会议类型'] });
  if (kind.scope === 'group' && !input.groupId) {
    throw new ActionError('党小组会需选择党小组', { groupId: ['请选择党小组'] });
  }
  if (input.groupId) {
    const group = tx
      .select({ id: partyGroups.id })
      .from(partyGroups)
      .where(and(eq(partyGroups.id, input.groupId), inBranch(partyGroups, user)))
      .get();
    if (!group) throw new ActionError('所选党小组不属于本支部', { groupId: ['请选择本支部的党小组'] });
  }
  const personIds = [
    input.hostId,
    input.recorderId,
    input.lecturerId,
    ...input.attendance.map((a) => a.personId),
    ...input.removedAttendees.map((a) => a.personId),
  ].filter((id): id is number => id !== null);
  if (personIds.length > 0) {
    const unique = [...new Set(personIds)];
    const found = tx
      .select({ id: people.id })
      .from(people)
      .where(and(inArray(people.id, unique), inBranch(people, user)))
      .all();
    if (found.length !== unique.length) throw new ActionError('主持人、记录人、主讲人和参会人员须为本支部人员');
  }
  return kind;
}

function meetingValues(input: MeetingInput) {
  const { attendance: _attendance, ...fields } = input;
  return fields;
}

function attendanceSnapshot(tx: Transaction, meetingId: number) {
  return tx
    .select({
      personId: meetingAttendance.personId,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
    })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(meetingAttendance.personId)
    .all();
}

/** Makes the stored attendance equal the submitted list, keeping members' own sign-in times. */
function replaceAttendance(tx: Transaction, branchId: number, meetingId: number, rows: AttendanceRow[]) {
  const keep = rows.map((r) => r.personId);
  const existing = tx
    .select({ personId: meetingAttendance.personId, signedInAt: meetingAttendance.signedInAt, name: people.name })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(eq(meetingAttendance.meetingId, meetingId))
    .all();
  const signedInDropped = existing.filter((r) => r.signedInAt && !keep.includes(r.personId));
  if (signedInDropped.length > 0) {
    throw new ActionError(`${signedInDropped.map((r) => r.name).join('、')}已在会上签到，不能移出参会名单`, {
      attendance: ['已签到的人员不能移出名单'],
    });
  }
  const removed = existing.map((r) => r.personId).filter((id) => !keep.includes(id));
  if (removed.length > 0) {
    tx.delete(meetingAttendance)
      .where(and(eq(meetingAttendance.meetingId, meetingId), inArray(meetingAttendance.personId, removed)))
      .run();
  }
  const now = nowIso();
  for (const row of rows) {
    tx.insert(meetingAttendance)
      .values({
        meetingId,
        branchId,
        personId: row.personId,
        status: row.status,
        reason: row.status === 'leave' ? row.reason : null,
      })
      .onConflictDoUpdate({
        target: [meetingAttendance.meetingId, meetingAttendance.personId],
        set: {
          // An unmarked row in a form loaded before a member signed in never undoes that sign-in.
          status:
            row.status ??
            sql`case when ${meetingAttendance.signedInAt} is not null then ${meetingAttendance.status} end`,
          reason: row.status === 'leave' ? row.reason : null,
          updatedAt: now,
        },
      })
      .run();
  }
}

export function createMeeting(user: SessionUser, input: MeetingInput): number {
  return writeWithAudit(user, (tx, audit) => {
    checkReferences(tx, user, input);
    const row = tx
      .insert(meetings)
      .values({ ...meetingValues(input), branchId: user.branchId })
      .returning()
      .get();
    replaceAttendance(tx, user.branchId, row.id, input.attendance);
    audit({
      action: 'meeting.create',
      entity: 'meetings',
      entityId: row.id,
      after: { ...row, attendance: attendanceSnapshot(tx, row.id) },
    });
    return row.id;
  });
}

export function updateMeeting(user: SessionUser, input: MeetingUpdateInput): void {
  const { id, version, ...fields } = input;
  writeWithAudit(user, (tx, audit) => {
    checkReferences(tx, user, fields);
    const attendanceBefore = attendanceSnapshot(tx, id);
    const { before, after } = updateVersioned(
      tx,
      meetings,
      { id, version, branchId: user.branchId },
      meetingValues(fields),
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    replaceAttendance(tx, user.branchId, id, fields.attendance);
    audit({
      action: 'meeting.update',
      entity: 'meetings',
      entityId: id,
      before: { ...before, attendance: attendanceBefore },
      after: { ...after, attendance: attendanceSnapshot(tx, id) },
    });
  });
}

/** A planned meeting that will not take place is cancelled; a held one is removed softly, its history kept. */
export function cancelOrRemoveMeeting(
  user: SessionUser,
  input: { id: number; version: number },
): 'cancelled' | 'removed' {
  return writeWithAudit(user, (tx, audit) => {
    const current = tx
      .select({ status: meetings.status, deletedAt: meetings.deletedAt })
      .from(meetings)
      .where(and(eq(meetings.id, input.id), inBranch(meetings, user)))
      .get();
    if (!current || current.deletedAt) throw new ActionError(notFoundMessage);
    const change =
      current.status === 'planned' ? ({ status: 'cancelled' } as const) : ({ deletedAt: nowIso() } as const);
    const { before, after } = updateVersioned(tx, meetings, { ...input, branchId: user.branchId }, change);
    const outcome = current.status === 'planned' ? 'cancelled' : 'removed';
    audit({
      action: `meeting.${outcome === 'cancelled' ? 'cancel' : 'remove'}`,
      entity: 'meetings',
      entityId: input.id,
      before,
      after,
    });
    return outcome;
  });
}

/** A member's own 签到 on the day of a meeting they are expected at; optional, never required. */
export function signInToMeeting(user: SessionUser, meetingId: number): void {
  if (!user.personId) throw new ActionError('您的账户未关联人员信息，无法签到');
  writeWithAudit(user, (tx, audit) => {
    const meeting = tx
      .select({ date: meetings.date, status: meetings.status, deletedAt: meetings.deletedAt })
      .from(meetings)
      .where(and(eq(meetings.id, meetingId), inBranch(meetings, user)))
      .get();
    if (!meeting || meeting.deletedAt || meeting.status === 'cancelled') throw new ActionError(notFoundMessage);
    if (meeting.date !== todayIso()) throw new ActionError('只能在会议当天签到');
    const row = tx
      .select({ id: meetingAttendance.id, status: meetingAttendance.status, signedInAt: meetingAttendance.signedInAt })
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.meetingId, meetingId), eq(meetingAttendance.personId, user.personId!)))
      .get();
    if (!row) throw new ActionError('您不在本次会议的应到人员名单中');
    if (row.signedInAt) throw new ActionError('您已签到');
    const now = nowIso();
    tx.update(meetingAttendance)
      .set({ status: 'present', reason: null, signedInAt: now, updatedAt: now })
      .where(eq(meetingAttendance.id, row.id))
      .run();
    audit({
      action: 'meeting.sign_in',
      entity: 'meetings',
      entityId: meetingId,
      before: { personId: user.personId, status: row.status },
      after: { personId: user.personId, status: 'present', signedInAt: now },
    });
  });
}
