import { relations } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches, partyGroups } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import {
  attendanceStatuses,
  attendeeScopes,
  builtInMeetingKinds,
  meetingStatuses,
  type RemovedAttendee,
  rulePeriods,
  talkKinds,
} from '@/lib/meetings/model';

/** The kinds of meeting a branch holds, each with who attends and its minimum frequency. */
export const meetingKinds = sqliteTable(
  'meeting_kinds',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    /** Built-in kinds have a code the rules and the report refer to; a branch's own kinds have none. */
    code: text({ enum: builtInMeetingKinds }),
    name: text().notNull(),
    attendeeScope: text({ enum: attendeeScopes }).notNull(),
    /** Minimum frequency: at least `minCount` per period; no period means "as planned". */
    period: text({ enum: rulePeriods }),
    minCount: integer().notNull().default(0),
    perGroup: integer({ mode: 'boolean' }).notNull().default(false),
    sortOrder: integer().notNull().default(0),
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('meeting_kinds_branch_idx').on(t.branchId),
    uniqueIndex('meeting_kinds_branch_code_idx').on(t.branchId, t.code),
  ],
);

export const meetings = sqliteTable(
  'meetings',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    kindId: integer()
      .notNull()
      .references(() => meetingKinds.id),
    /** The party group of a 党小组会. */
    groupId: integer().references(() => partyGroups.id),
    status: text({ enum: meetingStatuses }).notNull(),
    date: text().notNull(),
    startTime: text(),
    endTime: text(),
    place: text(),
    placeTags: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    hostId: integer().references(() => people.id),
    recorderId: integer().references(() => people.id),
    lecturerId: integer().references(() => people.id),
    topic: text().notNull(),
    agenda: text(),
    minutes: text(),
    decisions: text(),
    /**
     * People who should attend by the kind's rule but were taken off the list, each with the reason
     * (调离、长期外出 …): they no longer count toward 应到, and the record says why.
     */
    removedAttendees: text({ mode: 'json' }).$type<RemovedAttendee[]>().notNull().default([]),
    /** The meeting votes, so the quorum rule for votes applies. */
    hasVote: integer({ mode: 'boolean' }).notNull().default(false),
    seminarMaterials: integer(),
    exchangeArticles: integer(),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('meetings_branch_date_idx').on(t.branchId, t.date),
    index('meetings_branch_kind_date_idx').on(t.branchId, t.kindId, t.date),
  ],
);

export const meetingAttendance = sqliteTable(
  'meeting_attendance',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    meetingId: integer()
      .notNull()
      .references(() => meetings.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    /** Null until the recorder marks it or the member signs in. */
    status: text({ enum: attendanceStatuses }),
    reason: text(),
    signedInAt: text(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('attendance_meeting_person_idx').on(t.meetingId, t.personId),
    index('attendance_branch_person_idx').on(t.branchId, t.personId),
  ],
);

/** 谈心谈话: visible to the committee only. */
export const talks = sqliteTable(
  'talks',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    date: text().notNull(),
    kind: text({ enum: talkKinds }).notNull(),
    initiatorId: integer()
      .notNull()
      .references(() => people.id),
    partnerId: integer()
      .notNull()
      .references(() => people.id),
    note: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('talks_branch_date_idx').on(t.branchId, t.date)],
);

export const meetingsRelations = relations(meetings, ({ one, many }) => ({
  kind: one(meetingKinds, { fields: [meetings.kindId], references: [meetingKinds.id] }),
  group: one(partyGroups, { fields: [meetings.groupId], references: [partyGroups.id] }),
  attendance: many(meetingAttendance),
}));

export const meetingAttendanceRelations = relations(meetingAttendance, ({ one }) => ({
  meeting: one(meetings, { fields: [meetingAttendance.meetingId], references: [meetings.id] }),
  person: one(people, { fields: [meetingAttendance.personId], references: [people.id] }),
}));

export type MeetingKind = typeof meetingKinds.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type MeetingAttendance = typeof meetingAttendance.$inferSelect;
export type Talk = typeof talks.$inferSelect;
