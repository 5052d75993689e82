import { describe, expect, it } from 'vitest';
import { membershipFromSteps, nextStep, recordableSteps } from './development-status';

const history = (steps: [string, string][]) => ({
  birthDate: '1998-01-30',
  idNumber: null,
  steps: steps.map(([code, date]) => ({ code, date })) as never,
});

describe('membership from the recorded steps', () => {
  it('keeps the status a person had before any status-changing step', () => {
    expect(membershipFromSteps(history([]), 'masses').politicalStatus).toBe('masses');
  });

  it('follows the last status-changing step', () => {
    expect(membershipFromSteps(history([['application', '2021-03-01'], ['first_talk', '2021-03-10']]), 'masses').politicalStatus).toBe('applicant');
    expect(
      membershipFromSteps(history([['application', '2021-03-01'], ['first_talk', '2021-03-10'], ['activist_confirmed', '2021-09-01']]), 'masses')
        .politicalStatus,
    ).toBe('activist');
  });

  it('dates membership from the admission vote once approved, and full membership from the end of probation', () => {
    const admitted = history([
      ['admission_vote', '2023-06-26'],
      ['higher_talk', '2023-07-05'],
      ['admission_approved', '2023-07-20'],
    ]);
    expect(membershipFromSteps(admitted, 'candidate')).toEqual({
      politicalStatus: 'probationary',
      probationaryDate: '2023-06-26',
      fullMemberDate: null,
    });
    const full = history([
      ['admission_vote', '2023-06-26'],
      ['admission_approved', '2023-07-20'],
      ['full_vote', '2024-06-28'],
      ['full_approved', '2024-07-15'],
    ]);
    expect(membershipFromSteps(full, 'candidate')).toEqual({
      politicalStatus: 'full',
      probationaryDate: '2023-06-26',
      fullMemberDate: '2024-06-26',
    });
  });
});

describe('the next step', () => {
  it('is the first of the 25 not yet recorded', () => {
    expect(nextStep(history([]))?.code).toBe('application');
    expect(nextStep(history([['application', '2021-03-01']]))?.code).toBe('first_talk');
  });

  it('lets an assessment repeat while its stage lasts', () => {
    const activist = history([
      ['application', '2021-03-01'],
      ['first_talk', '2021-03-10'],
      ['activist_confirmed', '2021-09-01'],
      ['activist_filed', '2021-09-10'],
      ['contacts_assigned', '2021-09-15'],
      ['activist_assessment', '2022-03-01'],
    ]);
    expect(recordableSteps(activist).map((s) => s.code)).toEqual(['activist_assessment', 'candidate_confirmed']);
  });
});
