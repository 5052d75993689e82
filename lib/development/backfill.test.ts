import { describe, expect, it } from 'vitest';
import { backfillSteps, checkBackfill } from '@/lib/development/backfill';
import { checkStep, firstUnrecorded, isStepDone, nextDeadlines } from '@/lib/development/rules';
import { membershipFromSteps, nextStep, recordableSteps } from '@/lib/development/status';

const context = { today: '2026-12-07' };
const adult = { birthDate: '1995-03-03', idNumber: null };

describe('补录发展过程', () => {
  it('asks for the dates a status needs, naming each missing one against its field', () => {
    const { errors } = checkBackfill('probationary', {}, adult, context);
    expect(errors.map((e) => e.code)).toEqual(['admission_vote', 'admission_approved']);
    expect(errors[0].message).toContain('支部党员大会讨论接收日期');
    expect(checkBackfill('activist', {}, adult, context).errors.map((e) => e.code)).toEqual(['activist_confirmed']);
    expect(checkBackfill('applicant', { application: '2026-01-05' }, adult, context).errors).toEqual([]);
  });

  it('keeps only the dates entered, in the order of the 25 steps, each marked as 补录', () => {
    const steps = backfillSteps('probationary', {
      admission_approved: '2026-03-01',
      application: '2024-05-01',
      admission_vote: '2026-01-10',
    });
    expect(steps).toEqual([
      { code: 'application', date: '2024-05-01', data: { backfilled: true } },
      { code: 'admission_vote', date: '2026-01-10', data: { backfilled: true } },
      { code: 'admission_approved', date: '2026-03-01', data: { backfilled: true } },
    ]);
  });

  it('checks the dates by the same rules as a step recorded at the time', () => {
    const backwards = checkBackfill(
      'probationary',
      { admission_vote: '2026-05-01', admission_approved: '2026-04-01' },
      adult,
      context,
    );
    expect(backwards.errors).toEqual([expect.objectContaining({ code: 'admission_approved', rule: 'date-order' })]);

    const late = checkBackfill(
      'probationary',
      { admission_vote: '2025-01-10', admission_approved: '2025-08-01' },
      adult,
      context,
    );
    expect(late.errors).toEqual([
      expect.objectContaining({ code: 'admission_approved', rule: 'approval-within-3-months' }),
    ]);

    const soon = checkBackfill(
      'candidate',
      { activist_confirmed: '2026-01-10', candidate_confirmed: '2026-06-01' },
      adult,
      context,
    );
    expect(soon.errors).toEqual([
      expect.objectContaining({ code: 'candidate_confirmed', rule: 'activist-over-1-year' }),
    ]);

    const future = checkBackfill('applicant', { application: '2026-12-08' }, adult, context);
    expect(future.errors).toEqual([expect.objectContaining({ code: 'application', rule: 'date-not-future' })]);

    const young = checkBackfill(
      'applicant',
      { application: '2026-01-05' },
      { birthDate: '2009-06-01', idNumber: null },
      context,
    );
    expect(young.errors).toEqual([expect.objectContaining({ code: 'application', rule: 'age-18' })]);
  });

  it('does not ask for what stayed on paper: vote counts, or every six-monthly assessment in between', () => {
    const { errors, steps } = checkBackfill(
      'probationary',
      {
        activist_confirmed: '2023-01-10',
        candidate_confirmed: '2024-06-01',
        admission_vote: '2026-01-10',
        admission_approved: '2026-03-01',
      },
      adult,
      context,
    );
    expect(errors).toEqual([]);
    expect(steps.flatMap((s) => s.warnings)).toEqual([]);
    // Recorded at the time, the same vote without its counts is refused.
    const live = checkStep({ ...adult, steps: [] }, { code: 'admission_vote', date: '2026-01-10' }, context);
    expect(live.errors.map((e) => e.rule)).toContain('admission-vote');
  });

  it('takes the steps before the last 补录 step as done, and goes on from the step after it', () => {
    const history = {
      ...adult,
      steps: backfillSteps('probationary', { admission_vote: '2026-01-10', admission_approved: '2026-03-01' }),
    };
    expect(isStepDone(history, 'political_review')).toBe(true);
    expect(isStepDone(history, 'admission_filed')).toBe(false);
    expect(firstUnrecorded(history)).toBe('admission_filed');
    expect(nextStep(history)?.code).toBe('admission_filed');
    expect(checkStep(history, { code: 'admission_filed', date: '2026-03-05' }, context).errors).toEqual([]);
    expect(checkStep(history, { code: 'oath', date: '2026-03-05' }, context).errors.map((e) => e.rule)).toEqual([
      'step-order',
    ]);
    // A 补录 step never goes back to or before one already entered.
    const back = checkStep(
      history,
      { code: 'candidate_confirmed', date: '2026-03-05', data: { backfilled: true } },
      context,
    );
    expect(back.errors.map((e) => e.rule)).toEqual(['step-order']);
  });

  it('gives the status the person has, and the 转正 reminder from the admission vote', () => {
    const history = {
      ...adult,
      steps: backfillSteps('probationary', { admission_vote: '2026-01-10', admission_approved: '2026-03-01' }),
    };
    expect(membershipFromSteps(history, 'probationary')).toEqual({
      politicalStatus: 'probationary',
      probationaryDate: '2026-01-10',
      fullMemberDate: null,
    });
    expect(nextDeadlines(history, '2026-12-07')).toContainEqual(
      expect.objectContaining({ code: 'full_vote', due: '2027-01-10', kind: 'deadline' }),
    );
  });

  it('lets an activist be assessed again or confirmed as 发展对象 once the latest assessment is entered', () => {
    const history = {
      ...adult,
      steps: backfillSteps('activist', { activist_confirmed: '2025-03-01', activist_assessment: '2026-09-01' }),
    };
    expect(recordableSteps(history).map((s) => s.code)).toEqual(['activist_assessment', 'candidate_confirmed']);
    expect(nextDeadlines(history, '2026-12-07')).toContainEqual(
      expect.objectContaining({ code: 'activist_assessment', due: '2027-03-01' }),
    );
  });
});
