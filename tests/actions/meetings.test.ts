/**
 * Organisational life through its server actions: meetings with their attendance, cancelling and
 * removing, members' own sign-in, talks, frequency rules and attachments.
 */
import fs from 'node:fs';
import path from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { type CallOutcome, callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { rowCount, setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const {
  createMeeting,
  updateMeeting,
  cancelMeeting,
  signInToMeeting,
  uploadMeetingAttachment,
  removeMeetingAttachment,
} = await import('@/app/(app)/meetings/actions');
const { createTalk, removeTalk } = await import('@/app/(app)/meetings/talks/actions');
const { updateKindRule } = await import('@/app/(app)/meetings/settings/actions');
const { listMeetings, meetingCountsByKind } = await import('@/db/queries/meetings');
const { frequencyRules } = await import('@/db/queries/compliance');
const { forbiddenMessage } = await import('@/server/actions/define-action');
const { notFoundMessage } = await import('@/lib/errors');
const { maxUploadBytes } = await import('@/lib/attachments/limits');
const { todayIso } = await import('@/lib/clock');
const { meetings } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');

const uploadsDir = m.useTempUploadsDir();

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);
const yesterday = m.isoDaysFromToday(-1);
const tomorrow = m.isoDaysFromToday(1);

/** 孟庆华 (书记), 李娜 (组织委员), 巴图孟和 (宣传委员兼纪检委员): the statistics branch's committee. */
const secretary = f.personNamed('孟庆华');
const organiser = f.personNamed('李娜');
const propaganda = f.personNamed('巴图孟和');
const wangHaiyan = f.personNamed('王海燕');
const liuJianjun = f.personNamed('刘建军');
const financeMember = f.personNamed('乔振宇');

/** The meeting id from a `/meetings/<id>?saved=1` redirect. */
function redirectedMeetingId(outcome: CallOutcome): number {
  expect(outcome).toEqual({ redirected: expect.stringMatching(/^\/meetings\/\d+\?saved=1$/) });
  return Number((outcome as { redirected: string }).redirected.match(/^\/meetings\/(\d+)/)![1]);
}

/** A 支委会 held yesterday with the three committee members marked. */
function heldCommitteePayload(overrides: Record<string, unknown> = {}) {
  return m.meetingPayload(statisticsId, {
    kindId: m.kindOf(statisticsId, 'committee').id,
    status: 'held',
    date: yesterday,
    topic: '研究下季度党建工作安排',
    hostId: secretary.id,
    recorderId: organiser.id,
    decisions: '议定事项由组织委员跟踪落实。',
    hasVote: 'on',
    attendance: [
      { personId: secretary.id, status: 'present', reason: null },
      { personId: organiser.id, status: 'present', reason: null },
      { personId: propaganda.id, status: 'leave', reason: '出差' },
    ],
    ...overrides,
  });
}

async function createHeldCommitteeMeeting(topic: string): Promise<number> {
  await signInAs('zuzhi');
  return redirectedMeetingId(await callAction(createMeeting, heldCommitteePayload({ topic })));
}

/** Calls an action and asserts that it was refused and that nothing at all was written. */
async function expectRefusedWithNothingWritten(action: Parameters<typeof callAction>[0], payload: unknown) {
  const before = tableChecksum(db);
  const filesBefore = m.filesUnder(uploadsDir);
  const result = await callAction(action, payload);
  expect(result).toMatchObject({ ok: false });
  expect(tableChecksum(db)).toEqual(before);
  expect(m.filesUnder(uploadsDir)).toEqual(filesBefore);
  return result;
}

describe('createMeeting', () => {
  it('stores a held 支委会 with its attendance and one audit entry, and lists and counts it for its year', async () => {
    const zuzhi = await signInAs('zuzhi');
    const meetingsBefore = rowCount(db, 'meetings');
    const attendanceBefore = rowCount(db, 'meeting_attendance');
    const auditBefore = f.lastAuditId();

    const id = redirectedMeetingId(await callAction(createMeeting, heldCommitteePayload()));

    expect(rowCount(db, 'meetings')).toBe(meetingsBefore + 1);
    expect(rowCount(db, 'meeting_attendance')).toBe(attendanceBefore + 3);
    expect(m.meetingById(id)).toMatchObject({
      branchId: statisticsId,
      kindId: m.kindOf(statisticsId, 'committee').id,
      status: 'held',
      date: yesterday,
      hostId: secretary.id,
      recorderId: organiser.id,
      hasVote: true,
      deletedAt: null,
      version: 1,
    });
    const attendance = m
      .attendanceOf(id)
      .map(({ personId, status, reason, branchId }) => ({ personId, status, reason, branchId }));
    expect(attendance).toEqual([
      { personId: secretary.id, status: 'present', reason: null, branchId: statisticsId },
      { personId: organiser.id, status: 'present', reason: null, branchId: statisticsId },
      { personId: propaganda.id, status: 'leave', reason: '出差', branchId: statisticsId },
    ]);

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'meeting.create',
      entity: 'meetings',
      entityId: id,
      branchId: statisticsId,
    });
    expect(audit[0].after).toMatchObject({
      id,
      topic: '研究下季度党建工作安排',
      attendance: [
        { personId: secretary.id, status: 'present', reason: null },
        { personId: organiser.id, status: 'present', reason: null },
        { personId: propaganda.id, status: 'leave', reason: '出差' },
      ],
    });

    const year = Number(yesterday.slice(0, 4));
    const listed = listMeetings(zuzhi, year).find((row) => row.id === id);
    expect(listed).toMatchObject({
      kindCode: 'committee',
      status: 'held',
      expected: 3,
      present: 2,
      leave: 1,
      absent: 0,
    });
    const committeeCount = meetingCountsByKind(zuzhi, year).find((row) => row.kindCode === 'committee');
    expect(committeeCount?.meetingIds).toContain(id);
  });

  it('refuses a held meeting dated tomorrow, on the date field, writing nothing', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(createMeeting, heldCommitteePayload({ date: tomorrow }));
    expect(result).toMatchObject({ fieldErrors: { date: [expect.stringContaining('不能晚于今天')] } });
  });

  it('accepts a planned meeting dated tomorrow', async () => {
    await signInAs('zuzhi');
    const outcome = await callAction(createMeeting, heldCommitteePayload({ status: 'planned', date: tomorrow }));
    expect(m.meetingById(redirectedMeetingId(outcome))).toMatchObject({ status: 'planned', date: tomorrow });
  });

  it('refuses a held meeting with an attendee who is not marked, writing nothing', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({
        attendance: [
          { personId: secretary.id, status: 'present', reason: null },
          { personId: organiser.id, status: null, reason: null },
        ],
      }),
    );
    expect(result).toMatchObject({ fieldErrors: { attendance: [expect.stringContaining('出席、请假或缺席')] } });
  });

  it('refuses leave without a reason, writing nothing', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({ attendance: [{ personId: secretary.id, status: 'leave', reason: '' }] }),
    );
    expect(result).toMatchObject({ fieldErrors: { attendance: ['请假需填写事由'] } });
  });

  it('takes the attendance as the JSON the form sends', async () => {
    await signInAs('zuzhi');
    const payload = heldCommitteePayload();
    const outcome = await callAction(createMeeting, { ...payload, attendance: JSON.stringify(payload.attendance) });
    expect(m.attendanceOf(redirectedMeetingId(outcome))).toHaveLength(3);
  });

  it('refuses a 党小组会 without a party group', async () => {
    await signInAs('zuzhi');
    const group = m.kindOf(statisticsId, 'group');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({ kindId: group.id, groupId: '', topic: '第一党小组学习交流会' }),
    );
    expect(result).toMatchObject({ fieldErrors: { groupId: ['请选择党小组'] } });
  });

  it('refuses a party group of the other branch', async () => {
    await signInAs('zuzhi');
    const foreignGroup = m.groupsOf(financeId)[0];
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({ kindId: m.kindOf(statisticsId, 'group').id, groupId: foreignGroup.id }),
    );
    expect(result).toMatchObject({ fieldErrors: { groupId: ['请选择本支部的党小组'] } });
  });

  it('refuses a meeting kind of the other branch', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({ kindId: m.kindOf(financeId, 'committee').id }),
    );
    expect(result).toMatchObject({ fieldErrors: { kindId: ['请选择会议类型'] } });
  });

  it('refuses an attendee of the other branch', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({
        attendance: [
          { personId: secretary.id, status: 'present', reason: null },
          { personId: financeMember.id, status: 'present', reason: null },
        ],
      }),
    );
    expect(result).toMatchObject({ error: expect.stringContaining('须为本支部人员') });
  });

  it('refuses a host of the other branch', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(
      createMeeting,
      heldCommitteePayload({ hostId: financeMember.id }),
    );
    expect(result).toMatchObject({ error: expect.stringContaining('须为本支部人员') });
  });
});

describe('updateMeeting', () => {
  it('replaces the attendance with the submitted list and audits it before and after', async () => {
    const id = await createHeldCommitteeMeeting('研究发展党员工作');
    const meeting = m.meetingById(id);
    const auditBefore = f.lastAuditId();

    // 巴图孟和 is taken off the list, 李娜 is now absent, 王海燕 is added.
    const outcome = await callAction(
      updateMeeting,
      m.editMeetingPayload(meeting, {
        topic: '研究发展党员工作（修改）',
        attendance: [
          { personId: secretary.id, status: 'present', reason: null },
          { personId: organiser.id, status: 'absent', reason: null },
          { personId: wangHaiyan.id, status: 'leave', reason: '病假' },
        ],
      }),
    );

    expect(outcome).toEqual({ redirected: `/meetings/${id}?saved=1` });
    expect(m.meetingById(id)).toMatchObject({ topic: '研究发展党员工作（修改）', version: meeting.version + 1 });
    expect(m.attendanceOf(id).map(({ personId, status, reason }) => ({ personId, status, reason }))).toEqual([
      { personId: secretary.id, status: 'present', reason: null },
      { personId: organiser.id, status: 'absent', reason: null },
      { personId: wangHaiyan.id, status: 'leave', reason: '病假' },
    ]);

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'meeting.update', entity: 'meetings', entityId: id });
    expect(audit[0].before).toMatchObject({
      version: meeting.version,
      attendance: [
        { personId: secretary.id, status: 'present', reason: null },
        { personId: organiser.id, status: 'present', reason: null },
        { personId: propaganda.id, status: 'leave', reason: '出差' },
      ],
    });
    expect(audit[0].after).toMatchObject({
      version: meeting.version + 1,
      attendance: [
        { personId: secretary.id, status: 'present', reason: null },
        { personId: organiser.id, status: 'absent', reason: null },
        { personId: wangHaiyan.id, status: 'leave', reason: '病假' },
      ],
    });
  });

  it('refuses a save from a stale version as a conflict and changes nothing', async () => {
    const id = await createHeldCommitteeMeeting('研究主题教育安排');
    const stale = m.editMeetingPayload(m.meetingById(id));
    expect(await callAction(updateMeeting, m.editMeetingPayload(m.meetingById(id), { topic: '先保存的修改' }))).toEqual(
      {
        redirected: `/meetings/${id}?saved=1`,
      },
    );

    const result = await expectRefusedWithNothingWritten(updateMeeting, {
      ...stale,
      topic: '后保存的修改',
      attendance: [{ personId: secretary.id, status: 'absent', reason: null }],
    });

    expect(result).toMatchObject({ conflict: true, error: expect.stringContaining('已被他人修改') });
    expect(m.meetingById(id).topic).toBe('先保存的修改');
    expect(m.attendanceOf(id)).toHaveLength(3);
  });
});

describe("another branch's meetings (IDOR)", () => {
  it('caizheng cannot update, cancel, attach to or remove an attachment of a 旗统计局党支部 meeting', async () => {
    const target = m.meetingById(await createHeldCommitteeMeeting('跨支部访问测试'));
    const attachment = m.insertAttachment(statisticsId, target.id);
    await signInAs('caizheng');

    const attempts: [Parameters<typeof callAction>[0], unknown][] = [
      [updateMeeting, m.editMeetingPayload(target, { topic: '被篡改的主题' })],
      [cancelMeeting, { id: target.id, version: target.version }],
      [uploadMeetingAttachment, { meetingId: target.id, file: m.pngFile() }],
      [removeMeetingAttachment, { id: attachment.id }],
    ];
    for (const [action, payload] of attempts) {
      const result = await expectRefusedWithNothingWritten(action, payload);
      expect(result).toEqual({ ok: false, error: notFoundMessage });
    }
    expect(m.meetingById(target.id)).toEqual(target);
  });
});

describe('cancelMeeting', () => {
  it('cancels a planned meeting', async () => {
    await signInAs('zuzhi');
    const planned = m.insertMeeting(statisticsId, { date: tomorrow, topic: '计划中的党课' });
    const auditBefore = f.lastAuditId();

    const result = await callAction(cancelMeeting, { id: planned.id, version: planned.version });

    expect(result).toMatchObject({ ok: true, message: '会议已取消', data: 'cancelled' });
    expect(m.meetingById(planned.id)).toMatchObject({
      status: 'cancelled',
      deletedAt: null,
      version: planned.version + 1,
    });
    expect((await f.auditEntriesAfter(auditBefore)).map((a) => a.action)).toEqual(['meeting.cancel']);
  });

  it('removes a held meeting softly: the row stays, marked deleted, and leaves the list', async () => {
    const zuzhi = await signInAs('zuzhi');
    const held = m.meetingById(await createHeldCommitteeMeeting('将被删除的会议'));
    const year = Number(held.date.slice(0, 4));
    expect(listMeetings(zuzhi, year).map((r) => r.id)).toContain(held.id);
    const auditBefore = f.lastAuditId();

    const result = await callAction(cancelMeeting, { id: held.id, version: held.version });

    expect(result).toEqual({ redirected: '/meetings?removed=1' });
    const after = m.meetingById(held.id);
    expect(after.status).toBe('held');
    expect(after.deletedAt).not.toBeNull();
    expect(m.attendanceOf(held.id)).toHaveLength(3);
    expect(listMeetings(zuzhi, year).map((r) => r.id)).not.toContain(held.id);
    expect(meetingCountsByKind(zuzhi, year).flatMap((r) => r.meetingIds)).not.toContain(held.id);
    expect((await f.auditEntriesAfter(auditBefore)).map((a) => a.action)).toEqual(['meeting.remove']);

    // A removed meeting is gone: cancelling or editing it again finds nothing.
    const again = await expectRefusedWithNothingWritten(cancelMeeting, { id: held.id, version: after.version });
    expect(again).toMatchObject({ error: notFoundMessage });
  });
});

describe('signInToMeeting', () => {
  const themeDay = () =>
    db
      .select()
      .from(meetings)
      .where(
        and(
          eq(meetings.branchId, statisticsId),
          eq(meetings.kindId, m.kindOf(statisticsId, 'theme_day').id),
          eq(meetings.status, 'planned'),
          eq(meetings.date, todayIso()),
        ),
      )
      .get()!;

  it("lets a member sign in once to today's theme day she is expected at", async () => {
    const meeting = themeDay();
    expect(meeting, 'the demo has a planned 主题党日 today').toBeDefined();
    // The demo lists the branch's party members as expected, none of them marked yet.
    const listed = m.attendanceOf(meeting.id);
    expect(listed.find((r) => r.personId === wangHaiyan.id)).toMatchObject({ status: null, signedInAt: null });
    expect(listed.every((r) => r.status === null)).toBe(true);

    await signInAs('dangyuan');
    const auditBefore = f.lastAuditId();
    const result = await callAction(signInToMeeting, { meetingId: meeting.id });

    expect(result).toMatchObject({ ok: true, message: '签到成功' });
    const own = m.attendanceOf(meeting.id).find((r) => r.personId === wangHaiyan.id)!;
    expect(own).toMatchObject({ status: 'present', reason: null });
    expect(own.signedInAt).not.toBeNull();
    expect(
      m
        .attendanceOf(meeting.id)
        .filter((r) => r.status !== null)
        .map((r) => r.personId),
    ).toEqual([wangHaiyan.id]);
    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'meeting.sign_in',
      entityId: meeting.id,
      after: { personId: wangHaiyan.id, status: 'present' },
    });

    // Twice is refused.
    const again = await expectRefusedWithNothingWritten(signInToMeeting, { meetingId: meeting.id });
    expect(again).toMatchObject({ error: expect.stringContaining('已签到') });
  });

  it('refuses a meeting on another day', async () => {
    await signInAs('dangyuan');
    const otherDay = db
      .select()
      .from(meetings)
      .where(and(eq(meetings.branchId, statisticsId), ne(meetings.date, todayIso()), eq(meetings.status, 'planned')))
      .get()!;
    expect(otherDay).toBeDefined();
    const result = await expectRefusedWithNothingWritten(signInToMeeting, { meetingId: otherDay.id });
    expect(result).toMatchObject({ error: '只能在会议当天签到' });
  });

  it('refuses someone who is not on the list', async () => {
    // The recorder takes 巴图孟和 off today's list (王海燕 keeps her sign-in).
    await signInAs('zuzhi');
    const meeting = themeDay();
    const payload = m.editMeetingPayload(meeting);
    const attendance = (payload.attendance as { personId: number }[]).filter((r) => r.personId !== propaganda.id);
    expect(await callAction(updateMeeting, { ...payload, attendance })).toEqual({
      redirected: `/meetings/${meeting.id}?saved=1`,
    });
    expect(m.attendanceOf(meeting.id).map((r) => r.personId)).not.toContain(propaganda.id);
    expect(m.attendanceOf(meeting.id).find((r) => r.personId === wangHaiyan.id)).toMatchObject({ status: 'present' });

    await signInAs('xuanchuan');
    const result = await expectRefusedWithNothingWritten(signInToMeeting, { meetingId: themeDay().id });
    expect(result).toMatchObject({ error: '您不在本次会议的应到人员名单中' });
  });

  it('refuses the reviewer by permission', async () => {
    await signInAs('dangwei');
    const result = await expectRefusedWithNothingWritten(signInToMeeting, { meetingId: themeDay().id });
    expect(result).toEqual({ ok: false, error: forbiddenMessage });
  });
});

describe('talks', () => {
  const talkPayload = (overrides: Record<string, unknown> = {}) => ({
    date: yesterday,
    kind: 'committee_member',
    initiatorId: organiser.id,
    partnerId: liuJianjun.id,
    note: '了解思想和工作情况',
    ...overrides,
  });

  it('records a talk between two people of the branch', async () => {
    const zuzhi = await signInAs('zuzhi');
    const auditBefore = f.lastAuditId();

    expect(await callAction(createTalk, talkPayload())).toMatchObject({ ok: true, message: '谈话记录已保存' });

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['talk.create']);
    expect(m.talkById(audit[0].entityId!)).toMatchObject({
      branchId: statisticsId,
      date: yesterday,
      initiatorId: organiser.id,
      partnerId: liuJianjun.id,
      recordedBy: zuzhi.accountId,
      deletedAt: null,
    });
  });

  it('refuses a partner of the other branch', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(createTalk, talkPayload({ partnerId: financeMember.id }));
    expect(result).toMatchObject({ error: '谈话双方须为本支部人员' });
  });

  it('refuses the same person on both sides', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(createTalk, talkPayload({ partnerId: organiser.id }));
    expect(result).toMatchObject({ fieldErrors: { partnerId: ['谈话双方不能是同一人'] } });
  });

  it('refuses a date in the future', async () => {
    await signInAs('zuzhi');
    const result = await expectRefusedWithNothingWritten(createTalk, talkPayload({ date: tomorrow }));
    expect(result).toMatchObject({ fieldErrors: { date: ['谈话日期不能晚于今天'] } });
  });

  it('removes a talk softly', async () => {
    await signInAs('zuzhi');
    const talk = m.insertTalk(statisticsId, organiser.id, liuJianjun.id);
    const talksBefore = rowCount(db, 'talks');

    expect(await callAction(removeTalk, { id: talk.id, version: talk.version })).toMatchObject({ ok: true });

    expect(rowCount(db, 'talks')).toBe(talksBefore);
    const after = m.talkById(talk.id);
    expect(after.deletedAt).not.toBeNull();
    expect(after.version).toBe(talk.version + 1);

    // Removing it again finds nothing.
    const again = await expectRefusedWithNothingWritten(removeTalk, { id: talk.id, version: after.version });
    expect(again).toMatchObject({ error: notFoundMessage });
  });
});

describe('updateKindRule', () => {
  it('makes 支委会 quarterly, and the compliance rules follow', async () => {
    const shuji = await signInAs('shuji');
    const kind = m.kindOf(statisticsId, 'committee');
    const ruleOf = () => frequencyRules(shuji).find((r) => r.kindId === kind.id);
    expect(ruleOf()).toMatchObject({ period: 'month', minCount: 1 });

    const result = await callAction(updateKindRule, {
      id: kind.id,
      version: kind.version,
      period: 'quarter',
      minCount: 2,
    });

    expect(result).toMatchObject({ ok: true });
    expect(m.kindOf(statisticsId, 'committee')).toMatchObject({
      period: 'quarter',
      minCount: 2,
      version: kind.version + 1,
    });
    expect(ruleOf()).toMatchObject({ period: 'quarter', minCount: 2 });
  });

  it('refuses a period with a minimum of 0', async () => {
    await signInAs('shuji');
    const kind = m.kindOf(statisticsId, 'committee');
    const result = await expectRefusedWithNothingWritten(updateKindRule, {
      id: kind.id,
      version: kind.version,
      period: 'month',
      minCount: 0,
    });
    expect(result).toMatchObject({ fieldErrors: { minCount: ['设定了周期时，至少应为1次'] } });
  });

  it('refuses a kind of the other branch', async () => {
    await signInAs('shuji');
    const kind = m.kindOf(financeId, 'committee');
    const result = await expectRefusedWithNothingWritten(updateKindRule, {
      id: kind.id,
      version: kind.version,
      period: 'year',
      minCount: 1,
    });
    expect(result).toEqual({ ok: false, error: notFoundMessage });
  });
});

describe('uploadMeetingAttachment', () => {
  it('stores a PNG under UPLOADS_DIR with an attachments row typed from its bytes', async () => {
    const zuzhi = await signInAs('zuzhi');
    const meetingId = await createHeldCommitteeMeeting('附件上传测试');
    const filesBefore = m.filesUnder(uploadsDir);
    const file = m.pngFile('会议照片.png', 256);

    const result = await callAction(uploadMeetingAttachment, { meetingId, file });

    expect(result).toMatchObject({ ok: true, message: '附件已上传' });
    const stored = m.attachmentsOf(meetingId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      branchId: statisticsId,
      entity: 'meetings',
      fileName: '会议照片.png',
      mimeType: 'image/png',
      size: 256,
      uploadedBy: zuzhi.accountId,
      deletedAt: null,
    });
    expect(stored[0].storedName).toMatch(new RegExp(`^${statisticsId}/[0-9a-f-]{36}\\.png$`));
    const newFiles = m.filesUnder(uploadsDir).filter((name) => !filesBefore.includes(name));
    expect(newFiles).toEqual([stored[0].storedName]);
    const bytes = fs.readFileSync(path.join(uploadsDir, stored[0].storedName));
    expect(new Uint8Array(bytes)).toEqual(new Uint8Array(await file.arrayBuffer()));
  });

  it('refuses HTML named x.png, in Chinese, storing nothing', async () => {
    await signInAs('zuzhi');
    const meetingId = await createHeldCommitteeMeeting('伪装文件测试');
    const html = new File(['<!DOCTYPE html><html><script>alert(1)</script></html>'], 'x.png', { type: 'image/png' });

    const result = await expectRefusedWithNothingWritten(uploadMeetingAttachment, { meetingId, file: html });

    expect(result).toMatchObject({
      error: '只能上传 JPG、PNG 图片或 PDF 文件',
      fieldErrors: { file: [expect.stringMatching(/[\u4e00-\u9fff]/)] },
    });
    expect(m.attachmentsOf(meetingId)).toEqual([]);
  });

  it('refuses a file over 10 MB, storing nothing', async () => {
    await signInAs('zuzhi');
    const meetingId = await createHeldCommitteeMeeting('超大文件测试');

    const result = await expectRefusedWithNothingWritten(uploadMeetingAttachment, {
      meetingId,
      file: m.pngFile('big.png', maxUploadBytes + 1),
    });

    expect(result).toMatchObject({ fieldErrors: { file: ['文件不能超过10MB'] } });
  });

  it('removes an attachment softly', async () => {
    await signInAs('zuzhi');
    const meetingId = await createHeldCommitteeMeeting('附件删除测试');
    expect(await callAction(uploadMeetingAttachment, { meetingId, file: m.pngFile() })).toMatchObject({ ok: true });
    const [attachment] = m.attachmentsOf(meetingId);

    expect(await callAction(removeMeetingAttachment, { id: attachment.id })).toMatchObject({
      ok: true,
      message: '附件已删除',
    });

    expect(m.attachmentsOf(meetingId)[0].deletedAt).not.toBeNull();
  });
});
