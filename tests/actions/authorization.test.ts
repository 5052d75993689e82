/**
 * Who may call which server action: one table, one test.
 *
 * Every server action of the app is listed below with the demo users its permission lets through.
 * LATER AREAS ADD THEIR ACTIONS TO THIS TABLE: the test finds every `actions.ts` under `app/` and fails
 * if an exported action is missing here. Give each a payload that is valid for the caller's branch, so
 * that a refusal can only come from authorization.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { callAction, succeeded, type AnyAction } from '../support/call-action';
import { cookieJar } from '../support/next-mocks';
import { demoUsers, signInAs, type DemoUsername } from '../support/session';
import { setupTestDatabase, tableChecksum } from '../support/test-db';

vi.mock('@/lib/auth/current-user', () => import('../support/session'));
vi.mock('next/cache', () => import('../support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('../support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { forbiddenMessage } = await import('@/lib/actions/define-action');
const { accounts, developmentRecords, developmentStepRecords, people } = await import('@/db/schema');
const { todayIso } = await import('@/lib/validation/fields');
const f = await import('../support/fixtures');
const m = await import('../support/meetings');

const uploadsDir = m.useTempUploadsDir();

// A valid one-person roster workbook for importRosterWorkbook (importing it again changes nothing).
const { writeRosterWorkbook } = await import('@/lib/export/roster-workbook');
const rosterWorkbook = new Uint8Array(
  await writeRosterWorkbook({
    people: [
      {
        name: '授权测试导入', gender: 'female', ethnicity: '汉族', birthDate: '1995-03-03', education: null, unit: null, post: null,
        phone: null, idNumber: null, address: null, politicalStatus: 'masses', probationaryDate: null, fullMemberDate: null,
        groupName: null, committeeTitle: null,
      },
    ],
    steps: [],
  }),
);

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);

// Every branch needs an account other than its secretary's for the account actions to act on:
// 旗统计局党支部 has xuanchuan; give 旗财政局党支部 one too.
db.insert(accounts)
  .values({
    username: 'baixue',
    passwordHash: f.accountNamed('caizheng').passwordHash,
    role: 'committee',
    personId: f.personNamed('白雪').id,
    branchId: financeId,
    mustChangePassword: false,
  })
  .run();

// A meeting per branch for the actions that edit one or attach to it (旗财政局党支部 has no demo meetings).
const targetMeetingIds: Record<number, number> = {
  [statisticsId]: m.insertMeeting(statisticsId, { topic: '授权测试目标会议' }).id,
  [financeId]: m.insertMeeting(financeId, { topic: '授权测试目标会议' }).id,
};

/** Records of the caller's branch (a reviewer works on its active branch) that the payloads point at. */
function targetsFor(user: SessionUser) {
  const inStatistics = user.branchId === statisticsId;
  return {
    person: f.personNamed(inStatistics ? '刘建军' : '乔振宇'),
    committeeMember: f.personNamed(inStatistics ? '李娜' : '白雪'),
    account: f.accountNamed(inStatistics ? 'xuanchuan' : 'baixue'),
    meeting: m.meetingById(targetMeetingIds[user.branchId]),
  };
}

/** A fresh applicant of the branch with a development record whose application is recorded today. */
function newApplicant(branchId: number) {
  const person = db
    .insert(people)
    .values({ branchId, name: `授权测试申请人${++serial}`, gender: 'female', birthDate: '1999-01-01', politicalStatus: 'applicant' })
    .returning()
    .get();
  const record = db.insert(developmentRecords).values({ branchId, personId: person.id }).returning().get();
  const step = db
    .insert(developmentStepRecords)
    .values({ recordId: record.id, branchId, code: 'application', date: todayIso() })
    .returning()
    .get();
  return { person, record, step };
}

let serial = 0;
const demoPassword = 'demo1234';

const meetingWriters: DemoUsername[] = ['shuji', 'zuzhi', 'caizheng'];
const secretaries: DemoUsername[] = ['shuji', 'caizheng'];

type Row = {
  allowed: DemoUsername[];
  /** Built at call time, so versions are current and new usernames are unused. */
  payload: (user: SessionUser) => unknown;
};

const table: Record<string, Row> = {
  // app/(app)/members/actions.ts — members.write
  createPerson: {
    allowed: ['shuji', 'zuzhi', 'caizheng'],
    payload: () => f.newPersonPayload({ name: `授权测试${++serial}` }),
  },
  updatePerson: {
    allowed: ['shuji', 'zuzhi', 'caizheng'],
    payload: (user) => {
      const { person } = targetsFor(user);
      return f.editPersonPayload(person, { post: `岗位${++serial}` });
    },
  },
  // app/(app)/accounts/actions.ts — accounts.manage
  createAccount: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => ({
      personId: f.peopleWithoutAccount(user.branchId)[0].id,
      username: `authz${++serial}`,
      role: 'member',
      initialPassword: 'Start2024x',
    }),
  },
  resetPassword: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const { account } = targetsFor(user);
      return { id: account.id, version: account.version, initialPassword: 'Reset2024x' };
    },
  },
  setAccountDisabled: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const { account } = targetsFor(user);
      return { id: account.id, version: account.version, disabled: 'false' };
    },
  },
  changeRole: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const { account } = targetsFor(user);
      return { id: account.id, version: account.version, role: 'member' };
    },
  },
  changeCommitteeTitle: {
    allowed: ['shuji', 'caizheng'],
    payload: (user) => {
      const { person } = targetsFor(user);
      return { personId: person.id, version: person.version, committeeTitle: '纪检委员' };
    },
  },
  // app/(account)/password/actions.ts — profile.password
  changeOwnPassword: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'],
    payload: () => ({ currentPassword: demoPassword, newPassword: 'Changed2024', confirmPassword: 'Changed2024' }),
  },
  // app/(app)/actions.ts — dashboard.read / branches.switch
  switchYear: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'],
    payload: () => ({ year: 2023 }),
  },
  switchBranch: {
    allowed: ['dangwei'],
    payload: () => ({ branchId: financeId }),
  },
  // app/(app)/meetings/actions.ts — meetings.write (signInToMeeting: meetings.attend)
  createMeeting: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person } = targetsFor(user);
      return m.meetingPayload(user.branchId, {
        topic: `授权测试会议${++serial}`,
        attendance: [{ personId: person.id, status: null, reason: null }],
      });
    },
  },
  updateMeeting: {
    allowed: meetingWriters,
    payload: (user) => m.editMeetingPayload(targetsFor(user).meeting, { topic: `授权测试修改${++serial}` }),
  },
  cancelMeeting: {
    allowed: meetingWriters,
    // A fresh planned meeting each time (cancelling one twice would remove it, then find nothing).
    payload: (user) => {
      const meeting = m.insertMeeting(user.branchId, { topic: `授权测试取消${++serial}` });
      return { id: meeting.id, version: meeting.version };
    },
  },
  signInToMeeting: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'],
    // A meeting today with the caller on its list, not signed in yet (the reviewer has no person).
    payload: (user) => {
      const meeting = m.insertMeeting(user.branchId, { date: todayIso(), topic: `授权测试签到${++serial}` });
      if (user.personId) m.insertAttendance(meeting, user.personId);
      return { meetingId: meeting.id };
    },
  },
  uploadMeetingAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({ meetingId: targetsFor(user).meeting.id, file: m.pngFile(`授权测试${++serial}.png`) }),
  },
  removeMeetingAttachment: {
    allowed: meetingWriters,
    payload: (user) => ({ id: m.insertAttachment(user.branchId, targetsFor(user).meeting.id).id }),
  },
  // app/(app)/meetings/talks/actions.ts — talks.write
  createTalk: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person, committeeMember } = targetsFor(user);
      return { date: todayIso(), kind: 'committee_member', initiatorId: committeeMember.id, partnerId: person.id, note: '' };
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
    payload: () => ({ name: `授权测试类型${++serial}`, attendeeScope: 'members', period: '', minCount: 0 }),
  },
  // app/(app)/development/actions.ts — development.write
  startDevelopment: {
    allowed: meetingWriters,
    payload: (user) => {
      const person = db
        .insert(people)
        .values({ branchId: user.branchId, name: `授权测试群众${++serial}`, gender: 'male', birthDate: '1998-05-05', politicalStatus: 'masses' })
        .returning()
        .get();
      return { personId: person.id, date: todayIso() };
    },
  },
  recordDevelopmentStep: {
    allowed: meetingWriters,
    payload: (user) => ({ recordId: newApplicant(user.branchId).record.id, code: 'first_talk', date: todayIso() }),
  },
  uploadDevelopmentDocument: {
    allowed: meetingWriters,
    payload: (user) => ({ stepId: newApplicant(user.branchId).step.id, file: m.pngFile(`授权测试申请书${++serial}.png`) }),
  },
  removeDevelopmentDocument: {
    allowed: meetingWriters,
    payload: (user) => ({ id: m.insertAttachment(user.branchId, newApplicant(user.branchId).step.id, 'development_steps').id }),
  },
  correctDevelopmentStepDate: {
    allowed: meetingWriters,
    payload: (user) => {
      const { step } = newApplicant(user.branchId);
      return { id: step.id, version: step.version, date: todayIso(), reason: '核对申请书原件' };
    },
  },
  // app/(app)/development/import/actions.ts — development.write
  importRosterWorkbook: {
    allowed: meetingWriters,
    payload: () => ({ file: new File([rosterWorkbook], '党员名册.xlsx') }),
  },
};

/** Every function exported by an `actions.ts` under app/ (the files marked 'use server'). */
async function discoverActions(): Promise<Map<string, AnyAction>> {
  const appDir = path.resolve('app');
  const files = (fs.readdirSync(appDir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === 'actions.ts')
    .sort();
  const found = new Map<string, AnyAction>();
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ path.join(appDir, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (found.has(name)) throw new Error(`two server actions are named ${name}; key the table by file too`);
      found.set(name, value as AnyAction);
    }
  }
  return found;
}

it('refuses every (action × demo user) pair the permissions do not allow, writing nothing, and lets the others through', async () => {
  const actions = await discoverActions();
  expect([...actions.keys()].sort(), 'every exported server action is in the table').toEqual(Object.keys(table).sort());

  let refused = 0;
  let allowed = 0;
  for (const [name, row] of Object.entries(table)) {
    const action = actions.get(name)!;
    for (const username of demoUsers) {
      const user = await signInAs(username);
      const payload = row.payload(user);
      const label = `${name} as ${username}`;

      if (row.allowed.includes(username)) {
        const result = await callAction(action, payload);
        expect.soft(result, label).not.toEqual({ ok: false, error: forbiddenMessage });
        expect.soft(succeeded(result), `${label} goes through: ${JSON.stringify(result)}`).toBe(true);
        allowed++;
      } else {
        const before = tableChecksum(db);
        const cookiesBefore = JSON.stringify([...cookieJar]);
        const uploadsBefore = m.filesUnder(uploadsDir);
        const result = await callAction(action, payload);
        expect.soft(result, label).toEqual({ ok: false, error: forbiddenMessage });
        const after = tableChecksum(db);
        expect.soft(after.counts, `${label}: row counts (audit_log included)`).toEqual(before.counts);
        expect.soft(after.checksum, `${label}: nothing written`).toBe(before.checksum);
        expect.soft(JSON.stringify([...cookieJar]), `${label}: no cookie set`).toBe(cookiesBefore);
        expect.soft(m.filesUnder(uploadsDir), `${label}: no file stored`).toEqual(uploadsBefore);
        refused++;
      }
    }
  }
  expect(allowed + refused).toBe(Object.keys(table).length * demoUsers.length);
  expect(refused).toBeGreaterThan(0);
  // Every table row × 5 users, each refusal with two whole-database checksums: more than the default 5 s.
}, 30_000);
