/**
 * Every server action of the app, with the demo users its permission lets through and a payload that is
 * valid for the caller's branch (so that a refusal can only come from authorization, or from what a test
 * changed in it). Used by tests/actions/authorization.test.ts (who may call what) and
 * tests/actions/hostile-input.test.ts (malformed inputs derived from the valid ones).
 *
 * LATER AREAS ADD THEIR ACTIONS TO THIS TABLE: the authorization test finds every module marked
 * 'use server' and fails if an action it exports is missing here.
 *
 * Import with `await import(...)` after `setupTestDatabase()`: loading this module adds the records the
 * payloads point at (an account for 旗财政局党支部, target meetings, reports and projects).
 */
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { accounts, branches, developmentRecords, developmentStepRecords, partyGroups, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { todayIso } from '@/lib/clock';
import { addMonths } from '@/lib/dates';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import type { AnyAction } from '@/tests/support/call-action';
import * as f from '@/tests/support/fixtures';
import * as ig from '@/tests/support/integrity';
import * as m from '@/tests/support/meetings';
import * as pr from '@/tests/support/projects';
import * as rx from '@/tests/support/rectification';
import * as rp from '@/tests/support/reports';
import type { DemoUsername } from '@/tests/support/session';
import { appSourceFiles, serverActionMarks } from '@/tests/support/source-files';
import * as wo from '@/tests/support/work-outputs';

// A valid one-person roster workbook for importRosterWorkbook (importing it again changes nothing).
const rosterWorkbook = new Uint8Array(
  await writeRosterWorkbook({
    people: [
      {
        name: '授权测试导入',
        gender: 'female',
        ethnicity: '汉族',
        birthDate: '1995-03-03',
        education: null,
        unit: null,
        post: null,
        phone: null,
        idNumber: null,
        address: null,
        politicalStatus: 'masses',
        probationaryDate: null,
        fullMemberDate: null,
        groupName: null,
        committeeTitle: null,
        stoppedAt: null,
        stopReason: null,
        version: null,
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

// A draft report per branch for the report actions; the statistics one's first section is zuzhi's to write.
const draftReportIds: Record<number, number> = {
  [statisticsId]: rp.insertReport(statisticsId).id,
  [financeId]: rp.insertReport(financeId).id,
};
const writableSectionIds: Record<number, number> = {
  [statisticsId]: rp.insertSection(draftReportIds[statisticsId], { assigneeId: f.accountNamed('zuzhi').id }).id,
  [financeId]: rp.insertSection(draftReportIds[financeId]).id,
};
const assignableSectionIds: Record<number, number> = {
  [statisticsId]: rp.insertSection(draftReportIds[statisticsId]).id,
  [financeId]: rp.insertSection(draftReportIds[financeId]).id,
};
// Years with no report yet, for createReport.
let reportYear = 2040;
// A submitted report the working committee reviews.
const submittedReportId = rp.insertReport(statisticsId, { status: 'submitted' }).id;

// A project with an activity per branch for the project actions.
const targetProjectIds: Record<number, number> = {
  [statisticsId]: pr.insertProject(statisticsId, { name: '授权测试目标项目' }).id,
  [financeId]: pr.insertProject(financeId, { name: '授权测试目标项目' }).id,
};
const targetActivityIds: Record<number, number> = {
  [statisticsId]: pr.insertActivity(targetProjectIds[statisticsId]).id,
  [financeId]: pr.insertActivity(targetProjectIds[financeId]).id,
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

/** A new, empty party group of the branch. */
function newGroup(branchId: number) {
  return db
    .insert(partyGroups)
    .values({ branchId, name: `授权测试新小组${++serial}` })
    .returning()
    .get();
}

/** A fresh applicant of the branch with a development record whose application is recorded today. */
function newApplicant(branchId: number) {
  const person = db
    .insert(people)
    .values({
      branchId,
      name: `授权测试申请人${++serial}`,
      gender: 'female',
      birthDate: '1999-01-01',
      politicalStatus: 'applicant',
    })
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

export type ActionRow = {
  allowed: DemoUsername[];
  /** Built at call time, so versions are current and new usernames are unused. */
  payload: (user: SessionUser) => unknown;
  /**
   * What its audit entry names: one record (the default); a batch of records of one kind (an import,
   * a copied list), with no single id; or nothing, for an action that changes only the caller's own
   * preference cookie and writes no row at all.
   */
  audits?: 'batch' | 'nothing';
  /**
   * A refusal may still count an attempt against the caller's own account (a wrong current password
   * counts toward the sign-in lock); nothing else is written.
   */
  countsRefusals?: true;
};

export const actionTable: Record<string, ActionRow> = {
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
  // app/(account)/password/actions.ts — profile.password
  signOutEverywhere: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'],
    payload: () => ({ confirm: 'yes' }),
  },
  createMemberAccounts: {
    allowed: ['shuji', 'caizheng'],
    audits: 'batch',
    payload: (user) => {
      db.insert(people)
        .values({ branchId: user.branchId, name: `授权测试党员${++serial}`, gender: 'male', politicalStatus: 'full' })
        .run();
      const members = f
        .peopleWithoutAccount(user.branchId)
        .filter((p) => p.politicalStatus === 'full' || p.politicalStatus === 'probationary');
      return { expected: members.length };
    },
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
    countsRefusals: true,
    payload: () => ({ currentPassword: demoPassword, newPassword: 'Changed2024', confirmPassword: 'Changed2024' }),
  },
  // app/(app)/actions.ts — dashboard.read / branches.switch
  switchYear: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'dangwei', 'caizheng'],
    payload: () => ({ year: 2023 }),
    audits: 'nothing',
  },
  switchBranch: {
    allowed: ['dangwei'],
    payload: () => ({ branchId: financeId }),
    audits: 'nothing',
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
    payload: () => ({ name: `授权测试类型${++serial}`, attendeeScope: 'members', period: '', minCount: 0 }),
  },
  // app/(app)/development/actions.ts — development.write
  startDevelopment: {
    allowed: meetingWriters,
    payload: (user) => {
      const person = db
        .insert(people)
        .values({
          branchId: user.branchId,
          name: `授权测试群众${++serial}`,
          gender: 'male',
          birthDate: '1998-05-05',
          politicalStatus: 'masses',
        })
        .returning()
        .get();
      return { personId: person.id, date: todayIso() };
    },
  },
  backfillDevelopment: {
    allowed: meetingWriters,
    payload: (user) => {
      const person = db
        .insert(people)
        .values({
          branchId: user.branchId,
          name: `授权测试预备党员${++serial}`,
          gender: 'female',
          birthDate: '1995-03-03',
          politicalStatus: 'probationary',
        })
        .returning()
        .get();
      return {
        personId: person.id,
        version: person.version,
        admission_vote: addMonths(todayIso(), -2),
        admission_approved: addMonths(todayIso(), -1),
      };
    },
  },
  recordDevelopmentStep: {
    allowed: meetingWriters,
    payload: (user) => ({ recordId: newApplicant(user.branchId).record.id, code: 'first_talk', date: todayIso() }),
  },
  uploadDevelopmentDocument: {
    allowed: meetingWriters,
    payload: (user) => ({
      stepId: newApplicant(user.branchId).step.id,
      file: m.pngFile(`授权测试申请书${++serial}.png`),
    }),
  },
  removeDevelopmentDocument: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, newApplicant(user.branchId).step.id, 'development_steps').id,
    }),
  },
  correctDevelopmentStepDate: {
    allowed: meetingWriters,
    payload: (user) => {
      const { step } = newApplicant(user.branchId);
      return { id: step.id, version: step.version, date: todayIso(), reason: '核对申请书原件' };
    },
  },
  stopDevelopment: {
    allowed: meetingWriters,
    payload: (user) => {
      const { record } = newApplicant(user.branchId);
      return { recordId: record.id, version: record.version, date: todayIso(), reason: '本人申请放弃' };
    },
  },
  // app/(app)/development/actions.ts — development.settings
  updateDevelopmentNoticePeriod: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .select()
        .from(branches)
        .all()
        .find((b) => b.id === user.branchId)!;
      return { version: branch.version, noticeWorkingDays: branch.developmentNoticeWorkingDays === 5 ? 7 : 5 };
    },
  },
  // app/(app)/development/import/actions.ts — development.write
  importRosterWorkbook: {
    allowed: meetingWriters,
    payload: () => ({ file: new File([rosterWorkbook], '党员名册.xlsx') }),
    audits: 'batch',
  },
  // app/(app)/report/actions.ts — report.write (structure and submission: report.submit)
  createReport: {
    allowed: secretaries,
    payload: () => ({ year: ++reportYear, from: 'template' }),
  },
  saveReportSection: {
    allowed: meetingWriters,
    payload: (user) => {
      const section = rp.sectionById(writableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, heading: section.heading, body: `授权测试正文${++serial}` };
    },
  },
  saveReportPreamble: {
    allowed: secretaries,
    payload: (user) => {
      const report = rp.reportById(draftReportIds[user.branchId]);
      return { id: report.id, version: report.version, preamble: `授权测试开头${++serial}` };
    },
  },
  addReportSection: {
    allowed: secretaries,
    payload: (user) => ({
      reportId: draftReportIds[user.branchId],
      afterId: '',
      level: 2,
      heading: `授权测试部分${++serial}`,
    }),
  },
  moveReportSection: {
    allowed: secretaries,
    payload: (user) => ({ id: assignableSectionIds[user.branchId], direction: 'up' }),
  },
  setReportSectionLevel: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, level: 2 };
    },
  },
  assignReportSection: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.sectionById(assignableSectionIds[user.branchId]);
      return { id: section.id, version: section.version, assigneeId: '' };
    },
  },
  removeReportSection: {
    allowed: secretaries,
    payload: (user) => {
      const section = rp.insertSection(draftReportIds[user.branchId]);
      return { id: section.id, version: section.version };
    },
  },
  overrideReportFigure: {
    allowed: meetingWriters,
    payload: (user) => ({
      reportId: draftReportIds[user.branchId],
      figureKey: 'notices',
      text: String(++serial),
      reason: '与会议记录核对',
    }),
  },
  restoreReportFigure: {
    allowed: meetingWriters,
    payload: (user) => {
      rp.insertOverride(draftReportIds[user.branchId], 'notices');
      return { reportId: draftReportIds[user.branchId], figureKey: 'notices' };
    },
  },
  submitReport: {
    allowed: secretaries,
    payload: (user) => {
      const report = rp.insertReport(user.branchId);
      return { id: report.id, version: report.version };
    },
  },
  // app/(app)/review/actions.ts — report.review
  gradeReport: {
    allowed: ['dangwei'],
    payload: () => {
      const report = rp.reportById(submittedReportId);
      return { id: report.id, version: report.version, grade: '较好' };
    },
  },
  addReviewComment: {
    allowed: ['dangwei'],
    payload: () => ({ reportId: submittedReportId, body: `授权测试意见${++serial}` }),
  },
  turnCommentIntoRectification: {
    allowed: ['dangwei'],
    payload: () => ({
      commentId: rp.insertReviewComment(submittedReportId).id,
      aspect: '述职评议',
      responsiblePersonId: f.personNamed('刘建军').id,
      deadline: '2099-12-31',
    }),
  },
  // app/(app)/projects/actions.ts — projects.write
  createProject: {
    allowed: meetingWriters,
    payload: () => ({
      kind: '结对共建',
      name: `授权测试项目${++serial}`,
      startDate: '2024-01-01',
      status: 'active',
      memberIds: [],
      targets: '[]',
    }),
  },
  updateProject: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.projectById(targetProjectIds[user.branchId]);
      return {
        id: project.id,
        version: project.version,
        kind: project.kind,
        name: `授权测试修改${++serial}`,
        startDate: project.startDate,
        status: 'active',
        memberIds: [],
        targets: '[]',
      };
    },
  },
  setProjectStatus: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.projectById(targetProjectIds[user.branchId]);
      return { id: project.id, version: project.version, status: 'active' };
    },
  },
  removeProject: {
    allowed: meetingWriters,
    payload: (user) => {
      const project = pr.insertProject(user.branchId);
      return { id: project.id, version: project.version };
    },
  },
  recordActivity: {
    allowed: meetingWriters,
    payload: (user) => ({
      projectId: targetProjectIds[user.branchId],
      date: todayIso(),
      title: `授权测试活动${++serial}`,
      participantIds: [],
      outputs: JSON.stringify([{ outputTypeId: pr.outputTypeNamed(user.branchId, '捐款').id, quantity: '100' }]),
    }),
  },
  updateActivity: {
    allowed: meetingWriters,
    payload: (user) => {
      const activity = pr.activityById(targetActivityIds[user.branchId]);
      return {
        id: activity.id,
        version: activity.version,
        date: activity.date,
        title: `授权测试修改${++serial}`,
        participantIds: [],
        outputs: '[]',
      };
    },
  },
  removeActivity: {
    allowed: meetingWriters,
    payload: (user) => {
      const activity = pr.insertActivity(targetProjectIds[user.branchId]);
      return { id: activity.id, version: activity.version };
    },
  },
  uploadActivityPhoto: {
    allowed: meetingWriters,
    payload: (user) => ({ activityId: targetActivityIds[user.branchId], file: m.pngFile(`授权测试${++serial}.png`) }),
  },
  removeActivityPhoto: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, targetActivityIds[user.branchId], 'project_activities').id,
    }),
  },
  addOutputType: {
    allowed: meetingWriters,
    payload: () => ({ category: 'goods', name: `授权测试物资${++serial}`, unit: '件' }),
  },
  archiveOutputType: {
    allowed: meetingWriters,
    payload: (user) => {
      const type = pr.insertOutputType(user.branchId);
      return { id: type.id, version: type.version };
    },
  },
  // app/(app)/integrity/actions.ts — integrity.write
  createIntegrityAspect: {
    allowed: meetingWriters,
    payload: () => ({ year: 2025, title: `授权测试方面${++serial}` }),
  },
  renameIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      const aspect = ig.insertAspect(user.branchId);
      return { id: aspect.id, version: aspect.version, title: `授权测试改名${++serial}` };
    },
  },
  moveIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      ig.insertAspect(user.branchId, 2021);
      const second = ig.insertAspect(user.branchId, 2021);
      return { id: second.id, version: second.version, direction: 'up' };
    },
  },
  removeIntegrityAspect: {
    allowed: meetingWriters,
    payload: (user) => {
      const aspect = ig.insertAspect(user.branchId);
      return { id: aspect.id, version: aspect.version };
    },
  },
  createIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => ({
      aspectId: ig.insertAspect(user.branchId).id,
      content: `授权测试内容${++serial}`,
      responsible: '纪检委员',
    }),
  },
  updateIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = ig.insertItem(user.branchId);
      return { id: item.id, version: item.version, content: `授权测试修改${++serial}`, responsible: '书记' };
    },
  },
  moveIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const first = ig.insertItem(user.branchId);
      const second = ig.insertItem(user.branchId, first.aspectId);
      return { id: second.id, version: second.version, direction: 'up' };
    },
  },
  removeIntegrityItem: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = ig.insertItem(user.branchId);
      return { id: item.id, version: item.version };
    },
  },
  copyPreviousIntegrityList: {
    allowed: meetingWriters,
    payload: (user) => ({ year: ig.yearToCopyInto(user.branchId) }),
    audits: 'batch',
  },
  linkIntegrityMeeting: {
    allowed: meetingWriters,
    payload: (user) => ({
      meetingId: m.insertMeeting(user.branchId, {
        status: 'held',
        date: '2025-05-05',
        topic: `授权测试廉政会${++serial}`,
      }).id,
    }),
  },
  unlinkIntegrityMeeting: {
    allowed: meetingWriters,
    payload: (user) => ({ id: ig.insertLinkedMeeting(user.branchId).id }),
  },
  // app/(app)/integrity/letters/actions.ts — integrity.write
  createCommitmentLetter: {
    allowed: meetingWriters,
    payload: () => ({
      date: '2025-03-04',
      title: '党风廉政建设责任承诺书',
      signer: '书记',
      counterpartKind: '股室',
      counterpart: `授权测试股室${++serial}`,
    }),
  },
  updateCommitmentLetter: {
    allowed: meetingWriters,
    payload: (user) => {
      const letter = ig.insertLetter(user.branchId);
      return { ...letter, counterpart: `授权测试修改${++serial}` };
    },
  },
  removeCommitmentLetter: {
    allowed: meetingWriters,
    payload: (user) => {
      const letter = ig.insertLetter(user.branchId);
      return { id: letter.id, version: letter.version };
    },
  },
  uploadCommitmentLetterScan: {
    allowed: meetingWriters,
    payload: (user) => ({
      letterId: ig.insertLetter(user.branchId).id,
      file: m.pngFile(`授权测试承诺书${++serial}.png`),
    }),
  },
  removeCommitmentLetterScan: {
    allowed: meetingWriters,
    payload: (user) => ({
      id: m.insertAttachment(user.branchId, ig.insertLetter(user.branchId).id, 'commitment_letters').id,
    }),
  },
  // app/(app)/outputs/actions.ts — outputs.write
  createWorkOutputCategory: {
    allowed: meetingWriters,
    payload: () => ({ name: `授权测试类别${++serial}`, unit: '篇' }),
  },
  updateWorkOutputCategory: {
    allowed: meetingWriters,
    payload: (user) => {
      const category = wo.insertCategory(user.branchId);
      return { id: category.id, version: category.version, name: `授权测试改名${++serial}`, unit: '期' };
    },
  },
  setWorkOutputCategoryArchived: {
    allowed: meetingWriters,
    payload: (user) => {
      const category = wo.insertCategory(user.branchId);
      return { id: category.id, version: category.version, archived: 'true' };
    },
  },
  createWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => ({
      date: '2025-05-05',
      categoryId: wo.insertCategory(user.branchId).id,
      title: `授权测试成果${++serial}`,
      quantity: '',
      note: '',
    }),
  },
  updateWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => {
      const output = wo.insertOutput(user.branchId);
      return {
        id: output.id,
        version: output.version,
        date: output.date,
        categoryId: output.categoryId,
        title: `授权测试修改${++serial}`,
        quantity: '3',
        note: '',
      };
    },
  },
  removeWorkOutput: {
    allowed: meetingWriters,
    payload: (user) => {
      const output = wo.insertOutput(user.branchId);
      return { id: output.id, version: output.version };
    },
  },
  // app/(app)/rectification/actions.ts — rectification.write; evidence: rectification.evidence (a member on
  // their own items); reopening: rectification.reopen
  createRectification: {
    allowed: meetingWriters,
    payload: (user) => rx.itemPayload(targetsFor(user).person.id, { problem: `授权测试问题${++serial}` }),
  },
  updateRectification: {
    allowed: meetingWriters,
    payload: (user) => {
      const { person } = targetsFor(user);
      const item = rx.insertItem(user.branchId, person.id);
      return {
        ...rx.itemPayload(person.id, { problem: `授权测试修改${++serial}` }),
        id: item.id,
        version: item.version,
      };
    },
  },
  submitRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => {
      const item = rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id);
      return { id: item.id, version: item.version, evidence: '已按措施整改', complete: 'on' };
    },
  },
  checkOffRectification: {
    allowed: meetingWriters,
    payload: (user) => {
      const item = rx.insertCompletedItem(user.branchId, targetsFor(user).person.id);
      return { id: item.id, version: item.version };
    },
  },
  reopenRectification: {
    allowed: secretaries,
    payload: (user) => {
      const item = rx.insertCompletedItem(user.branchId, targetsFor(user).person.id);
      return { id: item.id, version: item.version, reason: '佐证材料不完整' };
    },
  },
  uploadRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => ({
      itemId: rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id).id,
      file: m.pngFile(`授权测试佐证${++serial}.png`),
    }),
  },
  removeRectificationEvidence: {
    allowed: [...meetingWriters, 'dangyuan'],
    payload: (user) => {
      const item = rx.insertItem(user.branchId, user.personId ?? targetsFor(user).person.id);
      return { id: m.insertAttachment(user.branchId, item.id, 'rectification_items').id };
    },
  },
  // app/(app)/notices/actions.ts — notices.write; approval and publication: notices.approve; a read
  // receipt: notices.read for the branch's people (the reviewer has none)
  proposeNotice: {
    allowed: meetingWriters,
    payload: () => ({ title: `授权测试公开${++serial}`, category: '组织建设', content: '内容' }),
  },
  updateNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return {
        id: notice.id,
        version: notice.version,
        title: `授权测试修改${++serial}`,
        category: '其他',
        content: '内容',
      };
    },
  },
  reviewNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return { id: notice.id, version: notice.version, secrecyChecked: 'on', reviewNote: '' };
    },
  },
  approveNotice: {
    allowed: secretaries,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId, 'reviewed');
      return { id: notice.id, version: notice.version };
    },
  },
  publishNotice: {
    allowed: secretaries,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId, 'approved');
      return { id: notice.id, version: notice.version };
    },
  },
  withdrawNotice: {
    allowed: meetingWriters,
    payload: (user) => {
      const notice = rx.insertNotice(user.branchId);
      return { id: notice.id, version: notice.version };
    },
  },
  markNoticeRead: {
    allowed: ['shuji', 'zuzhi', 'dangyuan', 'caizheng'],
    payload: (user) => ({ id: rx.insertNotice(user.branchId, 'published').id }),
  },
  uploadNoticeFile: {
    allowed: meetingWriters,
    payload: (user) => ({
      noticeId: rx.insertNotice(user.branchId).id,
      file: m.pngFile(`授权测试附件${++serial}.png`),
    }),
  },
  removeNoticeFile: {
    allowed: meetingWriters,
    payload: (user) => ({ id: m.insertAttachment(user.branchId, rx.insertNotice(user.branchId).id, 'notices').id }),
  },
  // app/(app)/settings/actions.ts — branch.settings
  createGroup: {
    allowed: secretaries,
    payload: () => ({ name: `授权测试小组${++serial}` }),
  },
  renameGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, name: `授权测试改名${++serial}` };
    },
  },
  setGroupMembers: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, personIds: [targetsFor(user).person.id] };
    },
  },
  mergeGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version, intoId: newGroup(user.branchId).id };
    },
  },
  setRecordsFrom: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .select({ version: branches.version })
        .from(branches)
        .where(eq(branches.id, user.branchId))
        .get()!;
      return { version: branch.version, recordsFrom: '2026-01-01', reason: '授权测试' };
    },
  },
  completeSetup: {
    allowed: secretaries,
    payload: (user) => {
      const branch = db
        .update(branches)
        .set({ setupDoneOn: null })
        .where(eq(branches.id, user.branchId))
        .returning({ version: branches.version })
        .get()!;
      return { version: branch.version };
    },
  },
  archiveGroup: {
    allowed: secretaries,
    payload: (user) => {
      const group = newGroup(user.branchId);
      return { id: group.id, version: group.version };
    },
  },
};

/**
 * Every server action of the app: each function exported by a module marked 'use server', wherever it
 * lives. An action declared inside a function ('use server' in its body) could not be called from here,
 * so it is refused: declare it in a 'use server' module.
 */
export async function discoverActions(): Promise<Map<string, AnyAction>> {
  const found = new Map<string, AnyAction>();
  for (const file of appSourceFiles()) {
    const marks = serverActionMarks(file, fs.readFileSync(file, 'utf8'));
    if (marks.inline.length > 0)
      throw new Error(`${file}:${marks.inline[0]}: declare server actions in a 'use server' module, not inline`);
    if (!marks.module) continue;
    const mod = (await import(/* @vite-ignore */ path.resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (found.has(name)) throw new Error(`two server actions are named ${name}; key the table by file too`);
      found.set(name, value as AnyAction);
    }
  }
  return found;
}
