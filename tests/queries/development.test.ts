/**
 * db/queries/development.ts: the development list with each record's steps, one record in full (steps,
 * linked meeting, files), who may start a record, the year's figures for the report and the settings,
 * over a new branch holding only the records inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const q = await import('@/db/queries/development');
const fb = await import('@/tests/queries/fresh-branch');
const { branches, developmentStepRecords } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const branch = fb.freshBranch('发展测试支部');
const user = fb.userOf(branch, 'secretary');

const applicant = fb.addPerson(branch.id, '申请甲', 'applicant', {
  birthDate: '2000-01-01',
  idNumber: '152923200001011234',
});
const activist = fb.addPerson(branch.id, '积极乙', 'activist');
const probationary = fb.addPerson(branch.id, '预备丙', 'probationary');
const stopped = fb.addPerson(branch.id, '停止丁', 'masses');
const leftBranch = fb.addPerson(branch.id, '调离戊', 'applicant', { archivedAt: '2026-06-01T00:00:00.000Z' });
const masses = fb.addPerson(branch.id, '群众己', 'masses');
const freshApplicant = fb.addPerson(branch.id, '申请庚', 'applicant');
fb.addPerson(branch.id, '党员辛', 'full');
fb.addPerson(branch.id, '积极壬', 'activist'); // no record (entered before the branch kept records here)

const meeting = fb.addMeeting(branch.id, 'committee', '2026-03-02', 'held', { topic: '确定积极分子的支委会' });

// Steps are inserted out of date order: the lists give them by date.
const applicantRecord = fb.addDevelopment(branch.id, applicant.id, [
  ['first_talk', '2026-02-01'],
  ['application', '2026-01-10'],
]);
const activistRecord = fb.addDevelopment(branch.id, activist.id, [
  ['application', '2025-04-01'],
  ['first_talk', '2025-04-20'],
  ['activist_confirmed', '2026-03-02'],
]);
db.update(developmentStepRecords)
  .set({ meetingId: meeting.id })
  .where(eq(developmentStepRecords.id, activistRecord.steps[2].id))
  .run();
fb.addDevelopment(branch.id, probationary.id, [
  ['application', '2024-01-05'],
  ['activist_confirmed', '2024-05-01'],
  ['candidate_confirmed', '2025-06-01'],
  ['admission_approved', '2026-05-20'],
]);
const stoppedRecord = fb.addDevelopment(branch.id, stopped.id, [['application', '2026-02-15']], {
  stoppedAt: '2026-04-01',
  stopReason: '本人撤回申请',
});
fb.addDevelopment(branch.id, leftBranch.id, [['application', '2026-03-01']]);
const noSteps = fb.addDevelopment(branch.id, freshApplicant.id, []);

const other = fb.freshBranch('发展测试另一支部');
const outsider = fb.addPerson(other.id, '外支部申请人', 'applicant');
fb.addDevelopment(other.id, outsider.id, [['application', '2026-01-10']]);

describe('listDevelopmentRecords', () => {
  it('lists the open records of current people by person, each with its steps by date', () => {
    const rows = q.listDevelopmentRecords(user);
    expect(rows.map((r) => [r.name, r.steps.map((s) => s.code)])).toEqual([
      ['申请甲', ['application', 'first_talk']],
      ['积极乙', ['application', 'first_talk', 'activist_confirmed']],
      ['预备丙', ['application', 'activist_confirmed', 'candidate_confirmed', 'admission_approved']],
      ['申请庚', []],
    ]);
    expect(rows[0]).toMatchObject({
      id: applicantRecord.record.id,
      personId: applicant.id,
      politicalStatus: 'applicant',
      birthDate: '2000-01-01',
      idNumber: '152923200001011234',
    });
    expect(rows[0].steps[0]).toEqual({
      recordId: applicantRecord.record.id,
      code: 'application',
      date: '2026-01-10',
      data: {},
    });
    expect(rows[3].id).toBe(noSteps.record.id);
  });
});

describe('getDevelopment', () => {
  it('gives one record with its steps by date, each with its linked meeting and its live files', () => {
    const kept = fb.addFileRow(branch.id, 'development_steps', activistRecord.steps[2].id, { fileName: '备案表.png' });
    fb.addFileRow(branch.id, 'development_steps', activistRecord.steps[2].id, {
      fileName: '已删除.png',
      deletedAt: '2026-03-05T00:00:00.000Z',
    });
    const onFirst = fb.addFileRow(branch.id, 'development_steps', activistRecord.steps[0].id, {
      fileName: '申请书.png',
    });
    fb.addFileRow(branch.id, 'meetings', activistRecord.steps[1].id, { fileName: '别的记录.png' });

    const detail = q.getDevelopment(user, activist.id)!;
    expect(detail).toMatchObject({
      id: activistRecord.record.id,
      personId: activist.id,
      name: '积极乙',
      politicalStatus: 'activist',
      stoppedAt: null,
      version: 1,
    });
    expect(detail.steps.map((s) => [s.code, s.date, s.meetingTopic, s.files.map((f) => f.fileName)])).toEqual([
      ['application', '2025-04-01', null, ['申请书.png']],
      ['first_talk', '2025-04-20', null, []],
      ['activist_confirmed', '2026-03-02', '确定积极分子的支委会', ['备案表.png']],
    ]);
    expect(detail.steps[2]).toMatchObject({ meetingId: meeting.id, warnings: [], version: 1 });
    expect(detail.steps[2].files).toEqual([
      { id: kept.id, stepId: activistRecord.steps[2].id, fileName: '备案表.png', size: kept.size },
    ]);
    expect(detail.steps[0].files[0].id).toBe(onFirst.id);
  });

  it('gives a stopped record with its reason', () => {
    expect(q.getDevelopment(user, stopped.id)).toMatchObject({
      id: stoppedRecord.record.id,
      stoppedAt: '2026-04-01',
      stopReason: '本人撤回申请',
    });
  });

  it('gives nothing for someone without a record or in another branch', () => {
    expect(q.getDevelopment(user, masses.id)).toBeNull();
    expect(q.getDevelopment(user, outsider.id)).toBeNull();
  });
});

describe('listDevelopmentCandidates', () => {
  it('lists current masses and applicants who have no record yet', () => {
    expect(q.listDevelopmentCandidates(user)).toEqual([{ id: masses.id, name: '群众己', politicalStatus: 'masses' }]);
    const another = fb.addPerson(branch.id, '新申请人', 'applicant');
    expect(q.listDevelopmentCandidates(user).map((p) => p.name)).toEqual(['群众己', '新申请人']);
    expect(another.id).toBeGreaterThan(masses.id);
  });
});

describe('developmentCountsForYear', () => {
  it('counts the people behind each step that changes a status, within the year, by name', () => {
    const counts = q.developmentCountsForYear(user, 2026);
    expect(Object.fromEntries(counts)).toEqual({
      application: { count: 3, names: expect.any(String) },
      activist_confirmed: { count: 1, names: '积极乙' },
      admission_approved: { count: 1, names: '预备丙' },
    });
    expect(counts.get('application')!.names.split('、').sort()).toEqual(['申请甲', '停止丁', '调离戊'].sort());
    expect(q.developmentCountsForYear(user, 2025)).toEqual(
      new Map([
        ['candidate_confirmed', { count: 1, names: '预备丙' }],
        ['application', { count: 1, names: '积极乙' }],
      ]),
    );
  });

  it('counts a person once however many times the step was recorded', () => {
    const twice = fb.addPerson(branch.id, '两次申请', 'applicant');
    fb.addDevelopment(branch.id, twice.id, [
      ['application', '2024-02-01'],
      ['application', '2024-03-01'],
      ['full_approved', '2024-12-31'],
    ]);
    const counts = q.developmentCountsForYear(user, 2024);
    expect(counts.get('application')).toEqual({ count: 2, names: expect.stringContaining('两次申请') });
    expect(counts.get('full_approved')).toEqual({ count: 1, names: '两次申请' });
    expect(counts.get('first_talk')).toBeUndefined();
  });
});

describe('developmentSettings', () => {
  it('gives the branch’s 公示 working days and its version', () => {
    db.update(branches).set({ developmentNoticeWorkingDays: 7, version: 3 }).where(eq(branches.id, branch.id)).run();
    expect(q.developmentSettings(user)).toEqual({ version: 3, noticeWorkingDays: 7 });
    expect(q.developmentSettings(fb.userOf(other, 'secretary'))).toEqual({ version: 1, noticeWorkingDays: 5 });
  });
});
