/**
 * db/mutations/meetings.ts, called directly: a meeting's references (kind, group, people) must be the
 * branch's, its attendance list keeps members' own sign-ins, a planned meeting is cancelled and a held
 * one removed, and a member signs in on the day. What is stored and audited, and what is refused.
 * Over a new branch; "today" is the app's pinned day.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf as refusal } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/meetings');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { meetingAttendance, meetings } = await import('@/db/schema');
const { asc, eq } = await import('drizzle-orm');
const { notFoundMessage } = await import('@/lib/errors');
const { todayIso } = await import('@/lib/clock');
const { addDays } = await import('@/lib/dates');
type MeetingInput = import('@/lib/meetings/validation').MeetingInput;

const branch = fb.freshBranch('会议编辑测试支部');
const group = fb.addGroup(branch.id, '第一党小组');
const secretary = fb.addAccount(branch, 'secretary', fb.addPerson(branch.id, '书记', 'full').id);
const alice = fb.addPerson(branch.id, '甲党员', 'full');
const bob = fb.addPerson(branch.id, '乙党员', 'full');
const asAlice = fb.addAccount(branch, 'member', alice.id);
const other = fb.freshBranch('会议编辑测试另一支部');
const outsider = fb.addPerson(other.id, '外支部人员', 'full');
const foreignGroup = fb.addGroup(other.id, '外支部小组');

const input = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  kindId: fb.kindId(branch.id, 'theme_day'),
  groupId: null,
  status: 'planned',
  date: todayIso(),
  startTime: '09:00',
  endTime: '11:00',
  place: '活动室',
  placeTags: [],
  hostId: null,
  recorderId: null,
  lecturerId: null,
  topic: '主题党日',
  agenda: null,
  minutes: null,
  decisions: null,
  hasVote: false,
  seminarMaterials: null,
  exchangeArticles: null,
  attendance: [
    { personId: alice.id, status: null, reason: null },
    { personId: bob.id, status: null, reason: null },
  ],
  removedAttendees: [],
  ...overrides,
});

const meeting = (id: number) => db.select().from(meetings).where(eq(meetings.id, id)).get()!;
const attendance = (id: number) =>
  db
    .select({
      personId: meetingAttendance.personId,
      status: meetingAttendance.status,
      reason: meetingAttendance.reason,
      signedInAt: meetingAttendance.signedInAt,
    })
    .from(meetingAttendance)
    .where(eq(meetingAttendance.meetingId, id))
    .orderBy(asc(meetingAttendance.personId))
    .all();

describe('references', () => {
  it('refuses another branch’s kind, a group meeting without a group, a foreign group, and foreign people', () => {
    expect(refusal(() => m.createMeeting(secretary, input({ kindId: fb.kindId(other.id, 'theme_day') })))).toEqual({
      message: '请选择本支部的会议类型',
      fieldErrors: { kindId: ['请选择会议类型'] },
    });
    expect(refusal(() => m.createMeeting(secretary, input({ kindId: fb.kindId(branch.id, 'group') })))).toEqual({
      message: '党小组会需选择党小组',
      fieldErrors: { groupId: ['请选择党小组'] },
    });
    expect(
      refusal(() =>
        m.createMeeting(secretary, input({ kindId: fb.kindId(branch.id, 'group'), groupId: foreignGroup.id })),
      ),
    ).toEqual({
      message: '所选党小组不属于本支部',
      fieldErrors: { groupId: ['请选择本支部的党小组'] },
    });
    for (const overrides of [
      { hostId: outsider.id },
      { lecturerId: outsider.id },
      { attendance: [{ personId: outsider.id, status: null, reason: null }] },
      { removedAttendees: [{ personId: outsider.id, reason: '调离' }] },
    ]) {
      expect(refusal(() => m.createMeeting(secretary, input(overrides))).message).toBe(
        '主持人、记录人、主讲人和参会人员须为本支部人员',
      );
    }
    const id = m.createMeeting(
      secretary,
      input({ kindId: fb.kindId(branch.id, 'group'), groupId: group.id, hostId: alice.id, recorderId: alice.id }),
    );
    expect(meeting(id)).toMatchObject({ groupId: group.id, hostId: alice.id, recorderId: alice.id });
  });
});

describe('attendance', () => {
  it('keeps a leave reason only for leave, and never drops someone who signed in', async () => {
    const id = m.createMeeting(
      secretary,
      input({
        attendance: [
          { personId: alice.id, status: 'leave', reason: '出差' },
          { personId: bob.id, status: 'present', reason: '不应保存' },
        ],
      }),
    );
    expect(attendance(id)).toEqual([
      { personId: alice.id, status: 'leave', reason: '出差', signedInAt: null },
      { personId: bob.id, status: 'present', reason: null, signedInAt: null },
    ]);
    db.update(meetingAttendance)
      .set({ status: 'present', reason: null, signedInAt: `${todayIso()}T01:00:00.000Z` })
      .where(eq(meetingAttendance.personId, alice.id))
      .run();
    expect(
      refusal(() =>
        m.updateMeeting(secretary, {
          ...input({ attendance: [{ personId: bob.id, status: 'present', reason: null }] }),
          id,
          version: 1,
        }),
      ),
    ).toEqual({
      message: '甲党员已在会上签到，不能移出参会名单',
      fieldErrors: { attendance: ['已签到的人员不能移出名单'] },
    });
    const before = f.lastAuditId();
    // A form loaded before the sign-in sends alice unmarked: her sign-in stands; bob is taken off the list.
    m.updateMeeting(secretary, {
      ...input({ attendance: [{ personId: alice.id, status: null, reason: null }] }),
      id,
      version: 1,
    });
    expect(attendance(id)).toEqual([
      { personId: alice.id, status: 'present', reason: null, signedInAt: `${todayIso()}T01:00:00.000Z` },
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['meeting.update', 'meetings', id]]);
    expect((audit[0].before as { attendance: unknown[] }).attendance).toHaveLength(2);
    expect((audit[0].after as { attendance: unknown[] }).attendance).toHaveLength(1);
  });
});

describe('people taken off the list', () => {
  it('are stored with their reason, audited, and read back by name on the meeting', async () => {
    const q = await import('@/db/queries/meetings');
    const before = f.lastAuditId();
    const id = m.createMeeting(
      secretary,
      input({
        attendance: [{ personId: alice.id, status: null, reason: null }],
        removedAttendees: [{ personId: bob.id, reason: '长期借调外单位' }],
      }),
    );
    expect(meeting(id).removedAttendees).toEqual([{ personId: bob.id, reason: '长期借调外单位' }]);
    expect(attendance(id).map((r) => r.personId)).toEqual([alice.id]);
    expect(q.getMeeting(secretary, id)?.removedAttendees).toEqual([
      { personId: bob.id, name: '乙党员', reason: '长期借调外单位' },
    ]);
    const [created] = await f.auditEntriesAfter(before);
    expect((created.after as { removedAttendees: unknown }).removedAttendees).toEqual([
      { personId: bob.id, reason: '长期借调外单位' },
    ]);
    // Put back on the list: the removal goes.
    m.updateMeeting(secretary, {
      ...input({
        attendance: [
          { personId: alice.id, status: null, reason: null },
          { personId: bob.id, status: null, reason: null },
        ],
      }),
      id,
      version: 1,
    });
    expect(meeting(id).removedAttendees).toEqual([]);
    expect(q.getMeeting(secretary, id)?.removedAttendees).toEqual([]);
  });
});

describe('attendance after sign-ins', () => {
  it('names everyone signed in that a save would drop', () => {
    const id = m.createMeeting(secretary, input());
    db.update(meetingAttendance)
      .set({ status: 'present', signedInAt: `${todayIso()}T01:00:00.000Z` })
      .where(eq(meetingAttendance.meetingId, id))
      .run();
    expect(refusal(() => m.updateMeeting(secretary, { ...input({ attendance: [] }), id, version: 1 })).message).toBe(
      '甲党员、乙党员已在会上签到，不能移出参会名单',
    );
  });
});

describe('cancelOrRemoveMeeting', () => {
  it('cancels a planned meeting and removes a held one softly, each audited', async () => {
    const planned = m.createMeeting(secretary, input());
    const held = m.createMeeting(secretary, input({ status: 'held', date: addDays(todayIso(), -3) }));
    const before = f.lastAuditId();
    expect(m.cancelOrRemoveMeeting(secretary, { id: planned, version: 1 })).toBe('cancelled');
    expect(meeting(planned)).toMatchObject({ status: 'cancelled', deletedAt: null });
    expect(m.cancelOrRemoveMeeting(secretary, { id: held, version: 1 })).toBe('removed');
    expect(meeting(held)).toMatchObject({ status: 'held', deletedAt: expect.any(String) });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['meeting.cancel', 'meetings', planned],
      ['meeting.remove', 'meetings', held],
    ]);
    expect(refusal(() => m.cancelOrRemoveMeeting(secretary, { id: held, version: 2 })).message).toBe(notFoundMessage);
    expect(refusal(() => m.updateMeeting(secretary, { ...input(), id: held, version: 2 })).message).toBe(
      notFoundMessage,
    );
  });
});

describe('signInToMeeting', () => {
  it('signs a listed member in on the day, once, audited', async () => {
    const id = m.createMeeting(secretary, input());
    const before = f.lastAuditId();
    m.signInToMeeting(asAlice, id);
    expect(attendance(id)[0]).toMatchObject({ personId: alice.id, status: 'present', signedInAt: expect.any(String) });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['meeting.sign_in', 'meetings', id]]);
    expect(audit[0].before).toEqual({ personId: alice.id, status: null });
    expect(refusal(() => m.signInToMeeting(asAlice, id)).message).toBe('您已签到');
  });

  it('refuses a sign-in on another day, to a cancelled or removed meeting, off the list, or without a person', () => {
    const tomorrow = m.createMeeting(secretary, input({ date: addDays(todayIso(), 1) }));
    expect(refusal(() => m.signInToMeeting(asAlice, tomorrow)).message).toBe('只能在会议当天签到');
    const cancelled = m.createMeeting(secretary, input());
    m.cancelOrRemoveMeeting(secretary, { id: cancelled, version: 1 });
    expect(refusal(() => m.signInToMeeting(asAlice, cancelled)).message).toBe(notFoundMessage);
    const removed = m.createMeeting(secretary, input({ status: 'held' }));
    m.cancelOrRemoveMeeting(secretary, { id: removed, version: 1 });
    expect(refusal(() => m.signInToMeeting(asAlice, removed)).message).toBe(notFoundMessage);
    const notListed = m.createMeeting(
      secretary,
      input({ attendance: [{ personId: bob.id, status: null, reason: null }] }),
    );
    expect(refusal(() => m.signInToMeeting(asAlice, notListed)).message).toBe('您不在本次会议的应到人员名单中');
    expect(refusal(() => m.signInToMeeting({ ...asAlice, personId: null }, notListed)).message).toBe(
      '您的账户未关联人员信息，无法签到',
    );
    expect(refusal(() => m.signInToMeeting({ ...asAlice, branchId: other.id }, notListed)).message).toBe(
      notFoundMessage,
    );
  });
});
