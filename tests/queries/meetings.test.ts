/**
 * db/queries/meetings.ts: the meeting lists, one meeting in full, the attendance figures and the
 * pickers, over a new branch holding only the meetings inserted here (dates are explicit, never
 * today's).
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const q = await import('@/db/queries/meetings');
const fb = await import('@/tests/queries/fresh-branch');
const { meetingKinds } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const branch = fb.freshBranch('会议测试支部');
const group = fb.addGroup(branch.id, '第一党小组');
const host = fb.addPerson(branch.id, '主持人', 'full', { committeeTitle: '书记', groupId: group.id });
const recorder = fb.addPerson(branch.id, '记录人', 'full');
const lecturer = fb.addPerson(branch.id, '授课人', 'probationary');
const away = fb.addPerson(branch.id, '缺席人', 'full');
fb.addPerson(branch.id, '已调离', 'full', { archivedAt: '2026-01-05T00:00:00.000Z' });

const user = fb.userOf(branch, 'secretary', host.id);
const asRecorder = fb.userOf(branch, 'member', recorder.id);

// Held this year: a 党课 with everyone listed, a 党员大会, and a 党小组会 on the same day as the 党课.
const lecture = fb.addMeeting(branch.id, 'lecture', '2026-04-10', 'held', {
  hostId: host.id,
  recorderId: recorder.id,
  lecturerId: lecturer.id,
  topic: '学习党章',
  seminarMaterials: 3,
  exchangeArticles: 1,
  startTime: '09:00',
});
fb.addAttendance(lecture, host.id, 'present');
fb.addAttendance(lecture, recorder.id, 'present');
fb.addAttendance(lecture, lecturer.id, 'leave');
fb.addAttendance(lecture, away.id, 'absent');
const general = fb.addMeeting(branch.id, 'general', '2026-02-20', 'held', {
  topic: '年度工作部署',
  seminarMaterials: 2,
});
fb.addAttendance(general, host.id, 'present');
fb.addAttendance(general, recorder.id, 'absent');
const groupMeeting = fb.addMeeting(branch.id, 'group', '2026-04-10', 'held', { groupId: group.id, topic: '小组学习' });
fb.addAttendance(groupMeeting, host.id, 'present');
// Someone of no group sat in (列席): not one of those the 党小组会 expects.
fb.addAttendance(groupMeeting, away.id, 'absent');
const secondLecture = fb.addMeeting(branch.id, 'lecture', '2026-09-01', 'held', {
  topic: '第二次党课',
  exchangeArticles: 2,
});
fb.addAttendance(secondLecture, recorder.id, 'present');
// Not held, not this year, or removed.
const plannedSoon = fb.addMeeting(branch.id, 'theme_day', '2026-12-10', 'planned', {
  startTime: '14:00',
  place: '活动室',
});
fb.addAttendance(plannedSoon, recorder.id, null);
const cancelled = fb.addMeeting(branch.id, 'theme_day', '2026-05-05', 'cancelled');
fb.addAttendance(cancelled, recorder.id, null);
const lastYear = fb.addMeeting(branch.id, 'lecture', '2025-12-31', 'held', { topic: '去年党课' });
fb.addAttendance(lastYear, recorder.id, 'present');
const nextYear = fb.addMeeting(branch.id, 'lecture', '2027-01-01', 'planned');
fb.addAttendance(nextYear, recorder.id, null);
const removed = fb.addMeeting(branch.id, 'general', '2026-06-30', 'held', {
  deletedAt: '2026-07-01T00:00:00.000Z',
  topic: '已删除',
});
fb.addAttendance(removed, recorder.id, 'present');

const otherBranch = fb.freshBranch('会议测试另一支部');
const otherPerson = fb.addPerson(otherBranch.id, '外人', 'full');
const foreign = fb.addMeeting(otherBranch.id, 'lecture', '2026-04-10', 'held');
fb.addAttendance(foreign, otherPerson.id, 'present');

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe('listMeetingKinds', () => {
  it('lists the branch’s kinds in their order, without archived ones', () => {
    const custom = db
      .insert(meetingKinds)
      .values({ branchId: otherBranch.id, name: '自定义会议', attendeeScope: 'members', sortOrder: -1 })
      .returning()
      .get();
    db.update(meetingKinds)
      .set({ archivedAt: '2026-01-01T00:00:00.000Z' })
      .where(eq(meetingKinds.id, fb.kindId(otherBranch.id, 'seminar')))
      .run();
    const kinds = q.listMeetingKinds({ branchId: otherBranch.id });
    expect(kinds.map((k) => k.name)).toEqual([
      '自定义会议',
      '支部党员大会',
      '支委会',
      '党小组会',
      '党课',
      '主题党日',
      '组织生活会',
      '民主评议党员',
      '集体学习',
    ]);
    expect(kinds[0]).toEqual({
      id: custom.id,
      version: 1,
      code: null,
      name: '自定义会议',
      attendeeScope: 'members',
      period: null,
      minCount: 0,
      perGroup: false,
    });
    expect(kinds.find((k) => k.code === 'group')).toMatchObject({
      attendeeScope: 'group',
      period: 'month',
      minCount: 1,
      perGroup: true,
    });
  });
});

describe('listMeetings', () => {
  it('lists the year’s live meetings, newest first (id breaking ties), with the kind and the people by name', () => {
    const rows = q.listMeetings(user, 2026);
    expect(ids(rows)).toEqual([
      plannedSoon.id,
      secondLecture.id,
      cancelled.id,
      groupMeeting.id,
      lecture.id,
      general.id,
    ]);
    expect(rows.find((r) => r.id === lecture.id)).toMatchObject({
      kindName: '党课',
      kindCode: 'lecture',
      hostName: '主持人',
      recorderName: '记录人',
      groupName: null,
      seminarMaterials: 3,
      exchangeArticles: 1,
    });
    expect(rows.find((r) => r.id === groupMeeting.id)?.groupName).toBe('第一党小组');
  });

  it('counts each meeting’s expected, present, on-leave and absent people, leaving out those who sat in (列席)', () => {
    const counts = (id: number) => {
      const r = q.listMeetings(user, 2026).find((m) => m.id === id)!;
      return [r.expected, r.present, r.leave, r.absent];
    };
    expect(counts(lecture.id)).toEqual([4, 2, 1, 1]);
    expect(counts(general.id)).toEqual([2, 1, 0, 1]);
    expect(counts(plannedSoon.id)).toEqual([1, 0, 0, 0]);
    expect(counts(groupMeeting.id)).toEqual([1, 1, 0, 0]);
  });

  it('filters by kind', () => {
    expect(ids(q.listMeetings(user, 2026, { kindId: fb.kindId(branch.id, 'lecture') }))).toEqual([
      secondLecture.id,
      lecture.id,
    ]);
    expect(ids(q.listMeetings(user, 2025))).toEqual([lastYear.id]);
  });
});

describe('getMeeting', () => {
  it('gives the meeting with host, recorder and lecturer by name, its attendance by person, and its live files', () => {
    const kept = fb.addFileRow(branch.id, 'meetings', lecture.id, { fileName: '签到表.png' });
    fb.addFileRow(branch.id, 'meetings', lecture.id, { fileName: '已删.png', deletedAt: '2026-04-11T00:00:00.000Z' });
    fb.addFileRow(branch.id, 'rectification_items', lecture.id, { fileName: '别的记录.png' });
    const meeting = q.getMeeting(user, lecture.id);
    expect(meeting).toMatchObject({
      id: lecture.id,
      kindName: '党课',
      kindCode: 'lecture',
      attendeeScope: 'members',
      status: 'held',
      date: '2026-04-10',
      topic: '学习党章',
      hostId: host.id,
      hostName: '主持人',
      recorderId: recorder.id,
      recorderName: '记录人',
      lecturerId: lecturer.id,
      lecturerName: '授课人',
    });
    expect(meeting?.attendance.map((a) => [a.name, a.status])).toEqual([
      ['主持人', 'present'],
      ['记录人', 'present'],
      ['授课人', 'leave'],
      ['缺席人', 'absent'],
    ]);
    expect(meeting?.attendance[0]).toMatchObject({ politicalStatus: 'full', committeeTitle: '书记' });
    expect(meeting?.attachments).toEqual([
      { id: kept.id, fileName: '签到表.png', mimeType: 'image/png', size: kept.size },
    ]);
  });

  it('marks who should attend by the kind’s rule: at a 支委会 only the committee; others listed are 列席', () => {
    // Planned and years ago, so no list or figure below sees it.
    const committee = fb.addMeeting(branch.id, 'committee', '2019-03-01', 'planned', { topic: '支委会列席' });
    fb.addAttendance(committee, host.id, null);
    fb.addAttendance(committee, recorder.id, null);
    fb.addAttendance(committee, lecturer.id, null);
    expect(q.getMeeting(user, committee.id)?.attendance.map((a) => [a.name, a.expected])).toEqual([
      ['主持人', true],
      ['记录人', false],
      ['授课人', false],
    ]);
    expect(q.getMeeting(user, lecture.id)?.attendance.every((a) => a.expected)).toBe(true);
  });

  it('finds no removed meeting and none of another branch', () => {
    expect(q.getMeeting(user, removed.id)).toBeNull();
    expect(q.getMeeting(user, foreign.id)).toBeNull();
    expect(q.getMeeting(user, groupMeeting.id)?.groupName).toBe('第一党小组');
  });
});

describe('pickers and upcoming meetings', () => {
  it('listPossibleAttendees gives the current people with what decides their place on a list', () => {
    expect(q.listPossibleAttendees(user)).toEqual([
      { id: host.id, name: '主持人', politicalStatus: 'full', committeeTitle: '书记', groupId: group.id },
      { id: recorder.id, name: '记录人', politicalStatus: 'full', committeeTitle: null, groupId: null },
      { id: lecturer.id, name: '授课人', politicalStatus: 'probationary', committeeTitle: null, groupId: null },
      { id: away.id, name: '缺席人', politicalStatus: 'full', committeeTitle: null, groupId: null },
    ]);
  });

  it('listUpcomingMeetings gives planned meetings from the given day on, soonest first, up to the limit', () => {
    expect(ids(q.listUpcomingMeetings(user, '2026-12-10'))).toEqual([plannedSoon.id, nextYear.id]);
    expect(ids(q.listUpcomingMeetings(user, '2026-12-11'))).toEqual([nextYear.id]);
    expect(ids(q.listUpcomingMeetings(user, '2026-01-01', 1))).toEqual([plannedSoon.id]);
    expect(q.listUpcomingMeetings(user, '2026-12-01')[0]).toEqual({
      id: plannedSoon.id,
      date: '2026-12-10',
      startTime: '14:00',
      topic: '2026-12-10 theme_day',
      place: '活动室',
      kindName: '主题党日',
    });
  });

  it('listHeldMeetingOptions gives held meetings of the given kinds, newest first, labelled', () => {
    expect(q.listHeldMeetingOptions(user, ['lecture'])).toEqual([
      { value: secondLecture.id, label: '2026-09-01 党课：第二次党课' },
      { value: lecture.id, label: '2026-04-10 党课：学习党章' },
      { value: lastYear.id, label: '2025-12-31 党课：去年党课' },
    ]);
    expect(q.listHeldMeetingOptions(user, ['general', 'theme_day']).map((o) => o.value)).toEqual([general.id]);
  });
});

describe('held meetings and attendance figures', () => {
  it('listHeldMeetings gives the year’s held meetings by date, in the shape the rules take', () => {
    const rows = q.listHeldMeetings(user, 2026);
    expect(rows.map((r) => r.id).sort((a, b) => a - b)).toEqual([
      lecture.id,
      general.id,
      groupMeeting.id,
      secondLecture.id,
    ]);
    expect(rows.map((r) => r.date)).toEqual(['2026-02-20', '2026-04-10', '2026-04-10', '2026-09-01']);
    expect(rows.find((r) => r.id === groupMeeting.id)).toEqual({
      id: groupMeeting.id,
      kindId: fb.kindId(branch.id, 'group'),
      date: '2026-04-10',
      groupId: group.id,
    });
  });

  it('lastHeldMeetingDate gives the latest held meeting on or before the day, or null', () => {
    expect(q.lastHeldMeetingDate(user, '2026-12-31')).toBe('2026-09-01');
    expect(q.lastHeldMeetingDate(user, '2026-09-01')).toBe('2026-09-01');
    expect(q.lastHeldMeetingDate(user, '2026-08-31')).toBe('2026-04-10');
    expect(q.lastHeldMeetingDate(user, '2025-01-01')).toBeNull();
  });

  it('listMyAttendance gives the person’s meetings of the year, newest first, without cancelled or removed ones', () => {
    const rows = q.listMyAttendance(asRecorder, 2026);
    expect(rows.map((r) => [r.meetingId, r.meetingStatus, r.status])).toEqual([
      [plannedSoon.id, 'planned', null],
      [secondLecture.id, 'held', 'present'],
      [lecture.id, 'held', 'present'],
      [general.id, 'held', 'absent'],
    ]);
    expect(rows[1]).toMatchObject({ date: '2026-09-01', kindName: '党课', topic: '第二次党课' });
    expect(q.listMyAttendance(fb.userOf(branch, 'secretary', null), 2026)).toEqual([]);
  });

  it('listMyAttendance carries when, where and who chaired, since a member cannot open the meeting itself', () => {
    const rows = q.listMyAttendance(asRecorder, 2026);
    expect(rows.find((r) => r.meetingId === lecture.id)).toMatchObject({
      startTime: '09:00',
      hostName: '主持人',
      status: 'present',
    });
    expect(rows.find((r) => r.meetingId === plannedSoon.id)).toMatchObject({ place: '活动室', hostName: null });
  });

  it('meetingCountsByKind counts the year’s held meetings by kind, in kind order, with the materials summed', () => {
    expect(q.meetingCountsByKind(user, 2026)).toEqual([
      {
        kindId: fb.kindId(branch.id, 'general'),
        kindName: '支部党员大会',
        kindCode: 'general',
        count: 1,
        meetingIds: [general.id],
        seminarMaterials: 2,
        exchangeArticles: 0,
      },
      {
        kindId: fb.kindId(branch.id, 'group'),
        kindName: '党小组会',
        kindCode: 'group',
        count: 1,
        meetingIds: [groupMeeting.id],
        seminarMaterials: 0,
        exchangeArticles: 0,
      },
      {
        kindId: fb.kindId(branch.id, 'lecture'),
        kindName: '党课',
        kindCode: 'lecture',
        count: 2,
        meetingIds: expect.arrayContaining([lecture.id, secondLecture.id]),
        seminarMaterials: 3,
        exchangeArticles: 3,
      },
    ]);
  });

  it('attendanceByPerson counts each person’s held meetings of the year they were expected at and how they attended', () => {
    expect(q.attendanceByPerson(user, 2026)).toEqual([
      { personId: host.id, name: '主持人', expected: 3, present: 3, leave: 0, absent: 0 },
      { personId: recorder.id, name: '记录人', expected: 3, present: 2, leave: 0, absent: 1 },
      { personId: lecturer.id, name: '授课人', expected: 1, present: 0, leave: 1, absent: 0 },
      { personId: away.id, name: '缺席人', expected: 1, present: 0, leave: 0, absent: 1 },
    ]);
  });
});
