import type { Transaction } from '@/db/client';
import { meetingAttendance, meetings, talks } from '@/db/schema';
import { type MeetingBook, themeDayOf } from '@/db/seed/demo-meeting-books';
import { seededRandom } from '@/db/seed/random';
import type { BuiltInMeetingKind } from '@/lib/meetings/model';

export type SeedPerson = {
  id: number;
  name: string;
  probationaryDate: string | null;
  committeeTitle: string | null;
  groupId: number | null;
};

type Context = {
  branchId: number;
  kindIds: Record<BuiltInMeetingKind, number>;
  groups: { id: number; name: string }[];
  people: SeedPerson[];
  /** Records stop here: the demo's "so far". */
  today: string;
  firstYear: number;
  /** The one 支委会 left out, so that the compliance calendar has a real gap to flag. */
  missingCommitteeMeeting?: string;
  book: MeetingBook;
};

function iso(year: number, month: number, day: number) {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Several years of organisational life for the demo branch, at the frequencies the rules ask for, with
 * attendance, leave with reasons and the odd absence, up to today; one committee meeting is missing.
 */
export function seedDemoMeetings(tx: Transaction, ctx: Context) {
  const { book } = ctx;
  const random = seededRandom(20230701);
  const secretary = ctx.people.find((p) => p.committeeTitle === '书记')!;
  const committee = ctx.people.filter((p) => p.committeeTitle);
  const recorder = ctx.people.find((p) => p.committeeTitle === '组织委员') ?? secretary;
  const isMemberOn = (p: SeedPerson, date: string) => !!p.probationaryDate && p.probationaryDate <= date;

  const add = (
    code: BuiltInMeetingKind,
    date: string,
    topic: string,
    attendees: SeedPerson[],
    extra: Partial<typeof meetings.$inferInsert> = {},
  ) => {
    if (date > ctx.today) return;
    const meeting = tx
      .insert(meetings)
      .values({
        branchId: ctx.branchId,
        kindId: ctx.kindIds[code],
        status: 'held',
        date,
        startTime: code === 'study' ? '16:00' : '09:30',
        endTime: code === 'study' ? '17:30' : '11:30',
        place: book.place,
        hostId: secretary.id,
        recorderId: recorder.id,
        topic,
        agenda: `一、${topic}\n二、交流发言\n三、书记小结`,
        minutes: book.minutes(topic),
        ...extra,
      })
      .returning({ id: meetings.id })
      .get();
    for (const person of attendees) {
      const roll = random.next();
      const status = roll < 0.08 ? 'leave' : roll < 0.09 ? 'absent' : 'present';
      tx.insert(meetingAttendance)
        .values({
          meetingId: meeting.id,
          branchId: ctx.branchId,
          personId: person.id,
          status,
          reason: status === 'leave' ? random.pick(book.leaveReasons) : null,
        })
        .run();
    }
  };

  const lastYear = Number(ctx.today.slice(0, 4));
  for (let year = ctx.firstYear; year <= lastYear; year++) {
    const members = (date: string) => ctx.people.filter((p) => isMemberOn(p, date));
    for (let month = 1; month <= 12; month++) {
      const committeeDay = iso(year, month, 6);
      if (committeeDay !== ctx.missingCommitteeMeeting) {
        add('committee', committeeDay, book.committee[month - 1], committee, {
          decisions: '会议议定事项已分工落实，由组织委员跟踪督办。',
          hasVote: true,
        });
      }
      const theme = themeDayOf(book, month, year - ctx.firstYear);
      const themeDate = iso(year, month, month === 7 ? 1 : 15);
      // This month's theme day is still ahead in the demo's current month.
      if (themeDate.slice(0, 7) !== ctx.today.slice(0, 7)) {
        add('theme_day', themeDate, theme.topic, members(themeDate), { place: theme.place, placeTags: theme.tags });
      }
      for (const group of ctx.groups) {
        const date = iso(year, month, 20);
        const leader = ctx.people.find((p) => p.groupId === group.id && isMemberOn(p, date))!;
        add(
          'group',
          date,
          `${group.name}学习交流会`,
          members(date).filter((p) => p.groupId === group.id),
          {
            groupId: group.id,
            hostId: leader.id,
            recorderId: leader.id,
          },
        );
      }
      const studyDays = month % 2 === 1 ? [10, 24] : [10];
      for (const day of studyDays) {
        const date = iso(year, month, day);
        add('study', date, book.study[(month + day) % book.study.length], members(date));
      }
    }
    [3, 6, 9, 12].forEach((month, quarter) => {
      const date = iso(year, month, 26);
      add('general', date, book.general[quarter], members(date), { hasVote: quarter === 1 || quarter === 2 });
    });
    [3, 6, 9, 11].forEach((month, index) => {
      const date = iso(year, month, 12);
      const lecturer = index === 0 ? secretary : committee[index % committee.length];
      add('lecture', date, book.lecture[index], members(date), { lecturerId: lecturer.id, hostId: secretary.id });
    });
    [4, 6, 9, 11].forEach((month, index) => {
      const date = iso(year, month, 18);
      add('seminar', date, book.seminar[index], members(date), { seminarMaterials: 2, exchangeArticles: 5 });
    });
    add(
      'life_meeting',
      iso(year, 12, 22),
      `${year}年度组织生活会：对照检视、批评与自我批评`,
      members(iso(year, 12, 22)),
    );
    add('appraisal', iso(year, 12, 23), `${year}年度民主评议党员`, members(iso(year, 12, 23)));

    seedTalks(tx, ctx, year, committee, members(iso(year, 11, 1)));
  }

  // What members see as coming up: a theme day today and the year-end general meeting.
  const [y, m] = ctx.today.split('-').map(Number);
  const planned = (
    code: BuiltInMeetingKind,
    date: string,
    topic: string,
    extra: Partial<typeof meetings.$inferInsert>,
  ) => {
    const meeting = tx
      .insert(meetings)
      .values({
        branchId: ctx.branchId,
        kindId: ctx.kindIds[code],
        status: 'planned',
        date,
        topic,
        hostId: secretary.id,
        recorderId: recorder.id,
        ...extra,
      })
      .returning({ id: meetings.id })
      .get();
    const expected = ctx.people.filter((p) => isMemberOn(p, date));
    tx.insert(meetingAttendance)
      .values(expected.map((p) => ({ meetingId: meeting.id, branchId: ctx.branchId, personId: p.id, status: null })))
      .run();
  };
  planned('theme_day', ctx.today, book.todayThemeDay, {
    startTime: '15:00',
    endTime: '17:00',
    place: book.place,
  });
  planned('general', iso(y, m === 12 ? 12 : m + 1, m === 12 ? 30 : 10), '讨论预备党员转正事项', {
    startTime: '09:30',
    place: book.meetingRoom,
    hasVote: true,
  });
}

function seedTalks(tx: Transaction, ctx: Context, year: number, committee: SeedPerson[], members: SeedPerson[]) {
  const date = (month: number, day: number) => iso(year, month, day);
  if (date(11, 10) > ctx.today) return;
  const rows: (typeof talks.$inferInsert)[] = [];
  for (let i = 0; i < committee.length; i++) {
    for (let j = i + 1; j < committee.length; j++) {
      rows.push({
        branchId: ctx.branchId,
        date: date(11, 3 + i + j),
        kind: 'committee_committee',
        initiatorId: committee[i].id,
        partnerId: committee[j].id,
        note: '相互指出不足，交流改进打算。',
      });
    }
  }
  members
    .filter((p) => !p.committeeTitle)
    .forEach((p, index) => {
      const talker = committee[index % committee.length];
      rows.push({
        branchId: ctx.branchId,
        date: date(11, 5 + (index % 20)),
        kind: 'committee_member',
        initiatorId: talker.id,
        partnerId: p.id,
        note: '了解思想和工作情况，听取对支部工作的意见。',
      });
    });
  const inspector = committee.find((p) => p.committeeTitle?.includes('纪检')) ?? committee[0];
  members
    .filter((p) => !p.committeeTitle)
    .slice(0, 4)
    .forEach((p, index) => {
      rows.push({
        branchId: ctx.branchId,
        date: date(3, 10 + index),
        kind: 'integrity',
        initiatorId: inspector.id,
        partnerId: p.id,
        note: ctx.book.integrityTalk,
      });
    });
  const held = rows.filter((row) => row.date <= ctx.today);
  if (held.length > 0) tx.insert(talks).values(held).run();
}
