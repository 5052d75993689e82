/**
 * Lookups, rows and payloads for the organisational-life actions (meetings, attendance, talks, kinds,
 * attachments) over the seeded demo. Import with `await import(...)` after `setupTestDatabase()`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll } from 'vitest';
import { db } from '@/db';
import {
  attachments,
  type Meeting,
  type MeetingKind,
  meetingAttendance,
  meetingKinds,
  meetings,
  partyGroups,
  type Talk,
  talks,
} from '@/db/schema';
import { todayIso } from '@/lib/clock';
import type { AttendanceStatus, BuiltInMeetingKind } from '@/lib/meetings/model';

/** The date `days` days from today (today as the app sees it: Asia/Shanghai). */
export function isoDaysFromToday(days: number): string {
  const date = new Date(`${todayIso()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function kindOf(branchId: number, code: BuiltInMeetingKind): MeetingKind {
  const row = db
    .select()
    .from(meetingKinds)
    .where(and(eq(meetingKinds.branchId, branchId), eq(meetingKinds.code, code)))
    .get();
  if (!row) throw new Error(`branch ${branchId} has no meeting kind ${code}`);
  return row;
}

export function groupsOf(branchId: number) {
  return db.select().from(partyGroups).where(eq(partyGroups.branchId, branchId)).orderBy(asc(partyGroups.id)).all();
}

export function meetingById(id: number): Meeting {
  const row = db.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!row) throw new Error(`no meeting ${id}`);
  return row;
}

export function attendanceOf(meetingId: number) {
  return db
    .select()
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, meetingId))
    .orderBy(asc(meetingAttendance.personId))
    .all();
}

/** Inserts a meeting directly (no action, no audit): by default a planned 主题党日 dated today. */
export function insertMeeting(branchId: number, values: Partial<typeof meetings.$inferInsert> = {}): Meeting {
  return db
    .insert(meetings)
    .values({
      branchId,
      kindId: kindOf(branchId, 'theme_day').id,
      status: 'planned',
      date: todayIso(),
      topic: '测试会议',
      ...values,
    })
    .returning()
    .get();
}

/** Puts a person on a meeting's list directly (status null: not marked yet). */
export function insertAttendance(meeting: Meeting, personId: number, status: AttendanceStatus | null = null) {
  return db
    .insert(meetingAttendance)
    .values({ meetingId: meeting.id, branchId: meeting.branchId, personId, status })
    .returning()
    .get();
}

export function insertTalk(branchId: number, initiatorId: number, partnerId: number): Talk {
  return db
    .insert(talks)
    .values({ branchId, date: todayIso(), kind: 'committee_member', initiatorId, partnerId, note: '测试谈话' })
    .returning()
    .get();
}

export function talkById(id: number): Talk {
  const row = db.select().from(talks).where(eq(talks.id, id)).get();
  if (!row) throw new Error(`no talk ${id}`);
  return row;
}

/** An attachments row of a meeting, without a file behind it (enough for removal). */
export function insertAttachment(branchId: number, meetingId: number, entity = 'meetings') {
  return db
    .insert(attachments)
    .values({
      branchId,
      entity,
      entityId: meetingId,
      fileName: '测试附件.png',
      storedName: `${branchId}/${crypto.randomUUID()}.png`,
      mimeType: 'image/png',
      size: 64,
      createdAt: new Date().toISOString(),
    })
    .returning()
    .get();
}

export function attachmentsOf(meetingId: number) {
  return db
    .select()
    .from(attachments)
    .where(and(eq(attachments.entity, 'meetings'), eq(attachments.entityId, meetingId)))
    .orderBy(asc(attachments.id))
    .all();
}

type AttendanceInput = { personId: number; status: AttendanceStatus | null; reason?: string | null };

/** A complete, valid createMeeting payload for a branch: a planned 主题党日 today, nobody listed yet. */
export function meetingPayload(branchId: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kindId: kindOf(branchId, 'theme_day').id,
    groupId: '',
    status: 'planned',
    date: todayIso(),
    startTime: '09:30',
    endTime: '11:30',
    place: '局党员活动室',
    placeTags: [],
    hostId: '',
    recorderId: '',
    lecturerId: '',
    topic: '测试会议',
    agenda: '',
    minutes: '',
    decisions: '',
    hasVote: false,
    seminarMaterials: '',
    exchangeArticles: '',
    attendance: [] as AttendanceInput[],
    removedAttendees: [] as { personId: number; reason: string }[],
    ...overrides,
  };
}

/** An updateMeeting payload that re-submits a meeting and its attendance as stored, with changes on top. */
export function editMeetingPayload(meeting: Meeting, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: meeting.id,
    version: meeting.version,
    kindId: meeting.kindId,
    groupId: meeting.groupId ?? '',
    status: meeting.status,
    date: meeting.date,
    startTime: meeting.startTime ?? '',
    endTime: meeting.endTime ?? '',
    place: meeting.place ?? '',
    placeTags: meeting.placeTags,
    hostId: meeting.hostId ?? '',
    recorderId: meeting.recorderId ?? '',
    lecturerId: meeting.lecturerId ?? '',
    topic: meeting.topic,
    agenda: meeting.agenda ?? '',
    minutes: meeting.minutes ?? '',
    decisions: meeting.decisions ?? '',
    hasVote: meeting.hasVote,
    seminarMaterials: meeting.seminarMaterials ?? '',
    exchangeArticles: meeting.exchangeArticles ?? '',
    attendance: attendanceOf(meeting.id).map(({ personId, status, reason }) => ({ personId, status, reason })),
    removedAttendees: meeting.removedAttendees,
    ...overrides,
  };
}

export const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A `File` whose bytes start like a PNG (the type is judged by the bytes, not the name). */
export function pngFile(name = 'photo.png', size = 64): File {
  const bytes = new Uint8Array(size);
  bytes.set(pngSignature);
  return new File([bytes], name, { type: 'image/png' });
}

/**
 * Points UPLOADS_DIR at a fresh temp folder for this test file and removes it afterwards. Call it at the
 * top level of a test file.
 */
export function useTempUploadsDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-uploads-'));
  process.env.UPLOADS_DIR = dir;
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under a folder, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}
