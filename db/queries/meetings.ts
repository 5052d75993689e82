import 'server-only';
import { aliasedTable, and, asc, count, desc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import { db } from '@/db';
import { expectedAttendee } from '@/db/queries/expected-attendee';
import { type BranchScope, currentIn, inBranch, live, liveIn, type Scope } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { attachments, meetingAttendance, meetingKinds, meetings, partyGroups, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { markExpected } from '@/lib/meetings/expected-attendees';
import { type BuiltInMeetingKind, meetingOptionLabel, type RemovedAttendee } from '@/lib/meetings/model';

const host = aliasedTable(people, 'host');
const recorder = aliasedTable(people, 'recorder');
const lecturer = aliasedTable(people, 'lecturer');

const inYear = (year: number) => withinYear(meetings.date, year);

export function listMeetingKinds(scope: Scope) {
  return db
    .select({
      id: meetingKinds.id,
      version: meetingKinds.version,
      code: meetingKinds.code,
      name: meetingKinds.name,
      attendeeScope: meetingKinds.attendeeScope,
      period: meetingKinds.period,
      minCount: meetingKinds.minCount,
      perGroup: meetingKinds.perGroup,
    })
    .from(meetingKinds)
    .where(currentIn(meetingKinds, scope))
    .orderBy(asc(meetingKinds.sortOrder), asc(meetingKinds.id))
    .all();
}

export type MeetingKindRow = ReturnType<typeof listMeetingKinds>[number];

/**
 * Attendance counts per meeting of one branch's year, as a subquery to join: the year's meetings by
 * their (branch, date) index, then each one's attendance by its (meeting, person) index — never the
 * branch's whole history of attendance. Only those the kind's rule expects count; 列席 are apart.
 */
const attendanceCounts = (scope: BranchScope, year: number) =>
  db
    .select({
      meetingId: meetingAttendance.meetingId,
      expected: count().as('expected'),
      present: sql<number>`sum(${meetingAttendance.status} = 'present')`.as('present'),
      leave: sql<number>`sum(${meetingAttendance.status} = 'leave')`.as('leave'),
      absent: sql<number>`sum(${meetingAttendance.status} = 'absent')`.as('absent'),
    })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .innerJoin(meetingAttendance, eq(meetingAttendance.meetingId, meetings.id))
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(and(inBranch(meetings, scope), inYear(year), sql`${expectedAttendee}`))
    .groupBy(meetingAttendance.meetingId)
    .as('attendance_counts');

/** The year's meetings of the branch, newest first, with attendance counts from one grouped query. */
export function listMeetings(user: SessionUser, year: number, filters: { kindId?: number } = {}) {
  const counts = attendanceCounts(user, year);
  return db
    .select({
      id: meetings.id,
      date: meetings.date,
      startTime: meetings.startTime,
      status: meetings.status,
      topic: meetings.topic,
      place: meetings.place,
      placeTags: meetings.placeTags,
      kindId: meetings.kindId,
      kindName: meetingKinds.name,
      kindCode: meetingKinds.code,
      groupName: partyGroups.name,
      hostName: host.name,
      recorderName: recorder.name,
      seminarMaterials: meetings.seminarMaterials,
      exchangeArticles: meetings.exchangeArticles,
      expected: sql<number>`coalesce(${counts.expected}, 0)`,
      present: sql<number>`coalesce(${counts.present}, 0)`,
      leave: sql<number>`coalesce(${counts.leave}, 0)`,
      absent: sql<number>`coalesce(${counts.absent}, 0)`,
    })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .leftJoin(partyGroups, eq(partyGroups.id, meetings.groupId))
    .leftJoin(host, eq(host.id, meetings.hostId))
    .leftJoin(recorder, eq(recorder.id, meetings.recorderId))
    .leftJoin(counts, eq(counts.meetingId, meetings.id))
    .where(and(liveIn(meetings, user), inYear(year), filters.kindId ? eq(meetings.kindId, filters.kindId) : undefined))
    .orderBy(desc(meetings.date), desc(meetings.id))
    .all();
}

export type MeetingListRow = ReturnType<typeof listMeetings>[number];

/**
 * One meeting with its people by name, its attendance and its attachments (three queries). Each
 * attendee is marked `expected` (应到 by the kind's rule) or not (列席).
 */
export function getMeeting(user: SessionUser, id: number) {
  const meeting = db
    .select({
      id: meetings.id,
      version: meetings.version,
      kindId: meetings.kindId,
      kindName: meetingKinds.name,
      kindCode: meetingKinds.code,
      attendeeScope: meetingKinds.attendeeScope,
      groupId: meetings.groupId,
      groupName: partyGroups.name,
      status: meetings.status,
      date: meetings.date,
      startTime: meetings.startTime,
      endTime: meetings.endTime,
      place: meetings.place,
      placeTags: meetings.placeTags,
      hostId: meetings.hostId,
      hostName: host.name,
      recorderId: meetings.recorderId,
      recorderName: recorder.name,
      lecturerId: meetings.lecturerId,
      lecturerName: lecturer.name,
      topic: meetings.topic,
      agenda: meetings.agenda,
      minutes: meetings.minutes,
      decisions: meetings.decisions,
      hasVote: meetings.hasVote,
      seminarMaterials: meetings.seminarMaterials,
      exchangeArticles: meetings.exchangeArticles,
      removedAttendees: meetings.removedAttendees,
    })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .leftJoin(partyGroups, eq(partyGroups.id, meetings.groupId))
    .leftJoin(host, eq(host.id, meetings.hostId))
    .leftJoin(recorder, eq(recorder.id, meetings.recorderId))
    .leftJoin(lecturer, eq(lecturer.id, meetings.lecturerId))
    .where(and(eq(meetings.id, id), liveIn(meetings, user)))
    .get();
  if (!meeting) return null;
  const attendance = db
    .select({
      personId: meetingAttendance.personId,
      name: people.name,
      politicalStatus: people.politicalStatus,
      committeeTitle: people.committeeTitle,
      groupId: people.groupId,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
      signedInAt: meetingAttendance.signedInAt,
    })
    .from(meetingAttendance)
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(people.id))
    .all();
  const files = db
    .select({
      id: attachments.id,
      fileName: attachments.fileName,
      mimeType: attachments.mimeType,
      size: attachments.size,
    })
    .from(attachments)
    .where(and(eq(attachments.entity, 'meetings'), eq(attachments.entityId, id), live(attachments)))
    .orderBy(asc(attachments.id))
    .all();
  return {
    ...meeting,
    attendance: markExpected(attendance, meeting.attendeeScope, meeting.groupId),
    removedAttendees: removedWithNames(user, meeting.removedAttendees),
    attachments: files,
  };
}

export type MeetingDetail = NonNullable<ReturnType<typeof getMeeting>>;

/** Those taken off a meeting's list, by name, in the order they were removed. */
function removedWithNames(scope: BranchScope, removed: RemovedAttendee[]) {
  if (removed.length === 0) return [];
  const names = new Map(
    db
      .select({ id: people.id, name: people.name })
      .from(people)
      .where(
        and(
          inArray(
            people.id,
            removed.map((r) => r.personId),
          ),
          inBranch(people, scope),
        ),
      )
      .all()
      .map((p) => [p.id, p.name]),
  );
  return removed.flatMap((r) => {
    const name = names.get(r.personId);
    return name ? [{ ...r, name }] : [];
  });
}

/** The branch's people with what decides whether they are expected at a meeting. */
export function listPossibleAttendees(user: SessionUser) {
  return db
    .select({
      id: people.id,
      name: people.name,
      politicalStatus: people.politicalStatus,
      committeeTitle: people.committeeTitle,
      groupId: people.groupId,
    })
    .from(people)
    .where(currentIn(people, user))
    .orderBy(asc(people.id))
    .all();
}

export type PossibleAttendee = ReturnType<typeof listPossibleAttendees>[number];

/** Planned meetings from today on, for everyone in the branch. */
export function listUpcomingMeetings(user: SessionUser, today: string, limit = 5) {
  return db
    .select({
      id: meetings.id,
      date: meetings.date,
      startTime: meetings.startTime,
      topic: meetings.topic,
      place: meetings.place,
      kindName: meetingKinds.name,
    })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .where(and(liveIn(meetings, user), eq(meetings.status, 'planned'), gte(meetings.date, today)))
    .orderBy(asc(meetings.date), asc(meetings.startTime))
    .limit(limit)
    .all();
}

/**
 * Held meetings of the given kinds, newest first, as options for a picker that links a record (a
 * development step, a rectification item) to the meeting it came from.
 */
export function listHeldMeetingOptions(user: SessionUser, kinds: BuiltInMeetingKind[]) {
  return db
    .select({ id: meetings.id, date: meetings.date, topic: meetings.topic, kindName: meetingKinds.name })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .where(and(liveIn(meetings, user), eq(meetings.status, 'held'), inArray(meetingKinds.code, kinds)))
    .orderBy(desc(meetings.date))
    .all()
    .map((m) => ({ value: m.id, label: meetingOptionLabel(m) }));
}

/** Held meetings of a year, in the shape the compliance rules take. */
export function listHeldMeetings(user: SessionUser, year: number) {
  return db
    .select({ id: meetings.id, kindId: meetings.kindId, date: meetings.date, groupId: meetings.groupId })
    .from(meetings)
    .where(and(liveIn(meetings, user), eq(meetings.status, 'held'), inYear(year)))
    .orderBy(asc(meetings.date))
    .all();
}

export function lastHeldMeetingDate(user: SessionUser, today: string): string | null {
  const row = db
    .select({ date: sql<string | null>`max(${meetings.date})` })
    .from(meetings)
    .where(and(liveIn(meetings, user), eq(meetings.status, 'held'), lte(meetings.date, today)))
    .get();
  return row?.date ?? null;
}

/**
 * "我的出勤": every meeting of the year the person was expected at, with their status. Planned
 * meetings are included so a member can sign in to today's. Carries what a member may read of a
 * meeting (when, where, who chaired) since members have no access to the meeting's own page.
 */
export function listMyAttendance(user: SessionUser, year: number) {
  if (!user.personId) return [];
  return db
    .select({
      meetingId: meetings.id,
      date: meetings.date,
      startTime: meetings.startTime,
      endTime: meetings.endTime,
      place: meetings.place,
      topic: meetings.topic,
      kindName: meetingKinds.name,
      hostName: host.name,
      meetingStatus: meetings.status,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
      signedInAt: meetingAttendance.signedInAt,
    })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .leftJoin(host, eq(host.id, meetings.hostId))
    .where(
      and(
        eq(meetingAttendance.personId, user.personId),
        liveIn(meetings, user),
        ne(meetings.status, 'cancelled'),
        inYear(year),
      ),
    )
    .orderBy(desc(meetings.date))
    .all();
}

/** Counts by kind for a year, each with the meetings behind it (for statistics and the report). */
export function meetingCountsByKind(user: SessionUser, year: number) {
  const rows = db
    .select({
      kindId: meetings.kindId,
      kindName: meetingKinds.name,
      kindCode: meetingKinds.code,
      count: count(),
      meetingIds: sql<string>`group_concat(${meetings.id})`,
      seminarMaterials: sql<number>`coalesce(sum(${meetings.seminarMaterials}), 0)`,
      exchangeArticles: sql<number>`coalesce(sum(${meetings.exchangeArticles}), 0)`,
    })
    .from(meetings)
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .where(and(liveIn(meetings, user), eq(meetings.status, 'held'), inYear(year)))
    .groupBy(meetings.kindId)
    .orderBy(asc(meetingKinds.sortOrder))
    .all();
  return rows.map((r) => ({ ...r, meetingIds: r.meetingIds.split(',').map(Number) }));
}

/**
 * Attendance rate by person over the year's held meetings they were expected at, from one grouped
 * query; meetings they sat in on (列席) count neither way.
 */
export function attendanceByPerson(user: SessionUser, year: number) {
  return db
    .select({
      personId: people.id,
      name: people.name,
      expected: count(),
      present: sql<number>`sum(${meetingAttendance.status} = 'present')`,
      leave: sql<number>`sum(${meetingAttendance.status} = 'leave')`,
      absent: sql<number>`sum(${meetingAttendance.status} = 'absent')`,
    })
    .from(meetingAttendance)
    .innerJoin(meetings, eq(meetings.id, meetingAttendance.meetingId))
    .innerJoin(meetingKinds, eq(meetingKinds.id, meetings.kindId))
    .innerJoin(people, eq(people.id, meetingAttendance.personId))
    .where(and(liveIn(meetings, user), eq(meetings.status, 'held'), inYear(year), sql`${expectedAttendee}`))
    .groupBy(people.id)
    .orderBy(asc(people.id))
    .all();
}
