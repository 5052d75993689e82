/**
 * Organisational life: app/(app)/meetings/actions.ts, its talks/ and its settings/.
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import {
  type ActionTable,
  financeId,
  meetingWriters,
  secretaries,
  serial,
  statisticsId,
  targetsFor,
} from '@/tests/support/action-rows';
import * as m from '@/tests/support/meetings';

// A meeting per branch for the actions that edit one or attach to it (旗财政局党支部 has no demo meetings).
const targetMeetingIds: Record<number, number> = {
  [statisticsId]: m.insertMeeting(statisticsId, { topic: '授权测试目标会议' }).id,
  [financeId]: m.insertMeeting(financeId, { topic: '授权测试目标会议' }).id,
};
const targetMeeting = (user: SessionUser) => m.meetingById(targetMeetingIds[user.branchId]);

export const meetingActions: ActionTable = {
  // app/(app)/meetings/actions.ts — meetings.write (signInToMeeting: meetings.attend)
  createMeeting: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person } = targetsFor(user);
      return m.meetingPayload(user.branchId, {
        topic: `授权测试会议${serial()}`,
        attendance: [{ personId: person.id, status: null, reason: null }],
      });
    },
  },
  updateMeeting: {
    allowed: meetingWriters,
    payload: (user) => m.editMeetingPayload(targetMeeting(user), { topic: `授权测试修改${serial()}` }),
  },
  cancelMeeting: {
    allowed: meetingWriters,
    // A fresh planned meeting each time (cancelling one twice would remove it, then find nothing).
    payload: (user) => {
      const meeting = m.insertMeeting(user.branchId, { topic: `授权测试取消${serial()}` });
      return { id: meeting.id, version: meeting.version };
    },
  },
  signInToMeeting: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'],
    // A meeting today with the caller on its list, not signed in yet (the reviewer has no person).
    payload: (user) => {
      const meeting = m.insertMeeting(user.branchId, { date: todayIso(), topic: `授权测试签到${serial()}` });
      if (user.personId) m.insertAttendance(meeting, user.personId);
      return { meetingId: meeting.id };
    },
  },
  uploadMeetingAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({ meetingId: targetMeeting(user).id, file: m.pngFile(`授权测试${serial()}.png`) }),
  },
  removeMeetingAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({ id: m.insertAttachment(user.branchId, targetMeeting(user).id).id }),
  },
  // app/(app)/meetings/talks/actions.ts — talks.write
  createTalk: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person, committeeMember } = targetsFor(user);
      return {
        date: todayIso(),
        kind: 'committee_member',
        initiatorId: committeeMember.id,
        partnerId: person.id,
        note: '',
      };
    },
  },
  removeTalk: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person, committeeMember } = targetsFor(user);
      const talk = m.insertTalk(user.branchId, committeeMember.id, person.id);
      return { id: talk.id, version: talk.version };
    },
  },
  // app/(app)/meetings/settings/actions.ts — meetings.settings
  updateKindRule: {
    allowed: secretaries,
    payload: (user) => {
      const kind = m.kindOf(user.branchId, 'study');
      return { id: kind.id, version: kind.version, period: kind.period ? '' : 'year', minCount: kind.period ? 0 : 2 };
    },
  },
  addMeetingKind: {
    allowed: secretaries,
    payload: () => ({ name: `授权测试类型${serial()}`, attendeeScope: 'members', period: '', minCount: 0 }),
  },
};
