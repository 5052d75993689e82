/**
 * The report's meetings figure narrowed to the meetings that decided a development step
 * (`meetings:decided=…` in db/report/figures/sources/meetings.ts, through computeFigures): held meetings
 * recorded as the meeting of that step, or of any step, combined with the kind and the period, with
 * the meetings behind each figure. Over a new branch whose records are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const branch = fb.freshBranch('会议决定数字测试支部');
const scope = { branchId: branch.id };

// One 支委会 decides two people's steps of two kinds; a 支部党员大会 in H2 admits one of them.
const committee = fb.addMeeting(branch.id, 'committee', '2026-03-10', 'held');
const general = fb.addMeeting(branch.id, 'general', '2026-09-10', 'held');
fb.addMeeting(branch.id, 'general', '2026-10-10', 'held'); // decided nothing
const planned = fb.addMeeting(branch.id, 'committee', '2026-11-10', 'planned');
const lastYear = fb.addMeeting(branch.id, 'committee', '2025-11-10', 'held');

/** The steps recorded as decided at the meeting. */
function recordAt(meetingId: number, ...steps: { id: number }[]) {
  for (const step of steps)
    db.update(s.developmentStepRecords).set({ meetingId }).where(eq(s.developmentStepRecords.id, step.id)).run();
}
const a = fb.addDevelopment(branch.id, fb.addPerson(branch.id, '甲', 'candidate').id, [
  ['application', '2025-01-01'],
  ['activist_confirmed', '2025-11-10'],
  ['candidate_confirmed', '2026-03-10'],
  ['admission_vote', '2026-09-10'],
]);
const b = fb.addDevelopment(branch.id, fb.addPerson(branch.id, '乙', 'activist').id, [
  ['application', '2025-06-01'],
  ['activist_confirmed', '2026-03-10'],
]);
recordAt(lastYear.id, a.steps[1]);
recordAt(committee.id, a.steps[2], b.steps[1]);
recordAt(general.id, a.steps[3]);
// A planned meeting does not count even when a step names it.
const c = fb.addDevelopment(branch.id, fb.addPerson(branch.id, '丙', 'applicant').id, [
  ['application', '2026-01-01'],
  ['activist_confirmed', '2026-11-10'],
]);
recordAt(planned.id, c.steps[1]);

// Another branch's meeting with a step of its own never counts.
const elsewhere = fb.freshBranch('别的支部');
const theirs = fb.addMeeting(elsewhere.id, 'committee', '2026-03-10', 'held');
const d = fb.addDevelopment(elsewhere.id, fb.addPerson(elsewhere.id, '丁', 'activist').id, [
  ['activist_confirmed', '2026-03-10'],
]);
recordAt(theirs.id, d.steps[0]);

const figure = (key: string, year = 2026) => {
  const f = computeFigures(scope, year, [key]).get(key)!;
  if ('problem' in f) throw new Error(f.problem);
  return f;
};
const ids = (key: string, year = 2026) => figure(key, year).records.map((r) => r.id);

describe('meetings that decided a development step', () => {
  it('count each held meeting once, whatever number of steps it decided', () => {
    expect(figure('meetings:decided=any')).toMatchObject({ value: 2, text: '2' });
    expect(ids('meetings:decided=any')).toEqual([committee.id, general.id]);
    expect(ids('meetings:decided=activist_confirmed')).toEqual([committee.id]);
    expect(ids('meetings:decided=candidate_confirmed')).toEqual([committee.id]);
    expect(ids('meetings:decided=admission_vote')).toEqual([general.id]);
    expect(ids('meetings:decided=full_vote')).toEqual([]);
  });

  it('combine with the kind and the period', () => {
    expect(ids('meetings:kind=committee,decided=any')).toEqual([committee.id]);
    expect(ids('meetings:kind=general,decided=activist_confirmed')).toEqual([]);
    expect(ids('meetings:decided=any,period=H2')).toEqual([general.id]);
    expect(ids('meetings:decided=activist_confirmed', 2025)).toEqual([lastYear.id]);
  });

  it('say what the meetings decided in the label', () => {
    expect(figure('meetings:decided=admission_vote')).toMatchObject({
      label: '各类会议和活动（讨论接收预备党员） 次数',
      unit: '次',
    });
    expect(figure('meetings:kind=committee,decided=any')).toMatchObject({ label: '支委会（研究发展党员） 次数' });
  });

  it('explain a step no branch meeting decides', () => {
    const problem = (key: string) => computeFigures(scope, 2026, [key]).get(key);
    expect(problem('meetings:decided=admission_approved')).toMatchObject({
      problem: expect.stringMatching(/^第17步“上级党委审批”不在支部的会议上决定。.*admission_vote/),
    });
    expect(problem('meetings:decided=nothing')).toMatchObject({ problem: expect.stringContaining('any（任一步骤）') });
  });

  it('are offered by the picker: any step and each step a meeting decides', () => {
    const keys = figureCatalogue(scope)
      .map((e) => e.key)
      .filter((key) => key.includes('decided'));
    expect(keys).toEqual([
      'meetings:decided=any',
      'meetings:decided=activist_confirmed',
      'meetings:decided=candidate_confirmed',
      'meetings:decided=committee_review',
      'meetings:decided=admission_vote',
      'meetings:decided=full_vote',
    ]);
  });
});
