/**
 * Member development: app/(app)/development/actions.ts and the roster import, its import/.
 * Rows of the action table (tests/support/action-table.ts): who may call each action and a valid payload.
 */
import { db } from '@/db';
import { branches, developmentRecords, developmentStepRecords, people } from '@/db/schema';
import { todayIso } from '@/lib/clock';
import { addMonths } from '@/lib/dates';
import { writeRosterWorkbook } from '@/lib/roster/write-workbook';
import { type ActionTable, meetingWriters, secretaries, serial } from '@/tests/support/action-rows';
import * as m from '@/tests/support/meetings';

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
        disciplines: [],
        stoppedAt: null,
        stopReason: null,
        version: null,
      },
    ],
    steps: [],
  }),
);

/** A fresh applicant of the branch with a development record whose application is recorded today. */
function newApplicant(branchId: number) {
  const person = db
    .insert(people)
    .values({
      branchId,
      name: `授权测试申请人${serial()}`,
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

export const developmentActions: ActionTable = {
  // app/(app)/development/actions.ts — development.write
  startDevelopment: {
    allowed: meetingWriters,
    payload: (user) => {
      const person = db
        .insert(people)
        .values({
          branchId: user.branchId,
          name: `授权测试群众${serial()}`,
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
          name: `授权测试预备党员${serial()}`,
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
      file: m.pngFile(`授权测试申请书${serial()}.png`),
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
};
