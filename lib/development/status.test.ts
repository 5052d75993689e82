import { describe, expect, it } from 'vitest';
import { checkStop, membershipFromSteps, nextStep, recordableSteps, stopKind } from '@/lib/development/status';

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
    expect(
      membershipFromSteps(
        history([
          ['application', '2021-03-01'],
          ['first_talk', '2021-03-10'],
        ]),
        'masses',
      ).politicalStatus,
    ).toBe('applicant');
    expect(
      membershipFromSteps(
        history([
          ['application', '2021-03-01'],
          ['first_talk', '2021-03-10'],
          ['activist_confirmed', '2021-09-01'],
        ]),
        'masses',
      ).politicalStatus,
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

describe('a stopped record', () => {
  const probationary = history([
    ['application', '2021-03-01'],
    ['admission_vote', '2023-06-26'],
    ['admission_approved', '2023-07-20'],
  ]);

  it('leaves the person 群众 without membership dates, a cancelled probationary member too', () => {
    expect(membershipFromSteps({ ...probationary, stoppedAt: '2023-12-01' }, 'masses')).toEqual({
      politicalStatus: 'masses',
      probationaryDate: null,
      fullMemberDate: null,
    });
    expect(
      membershipFromSteps({ ...history([['application', '2021-03-01']]), stoppedAt: '2021-05-01' }, 'applicant')
        .politicalStatus,
    ).toBe('masses');
  });

  it('is called 取消预备党员资格 once admission is approved, else 终止发展', () => {
    expect(stopKind(probationary)).toBe('取消预备党员资格');
    expect(
      stopKind(
        history([
          ['application', '2021-03-01'],
          ['activist_confirmed', '2021-09-01'],
        ]),
      ),
    ).toBe('终止发展');
  });
});

describe('checkStop', () => {
  const activist = history([
    ['application', '2021-03-01'],
    ['first_talk', '2021-03-10'],
    ['activist_confirmed', '2021-09-01'],
  ]);
  const rules = (findings: { rule: string }[]) => findings.map((f) => f.rule);

  it('allows a stop on the day of the last step or later, up to today', () => {
    expect(checkStop(activist, '2021-09-01', '2024-01-01')).toEqual([]);
    expect(checkStop(activist, '2024-01-01', '2024-01-01')).toEqual([]);
  });

  it('refuses a date before the last recorded step or after today, naming both dates', () => {
    const early = checkStop(activist, '2021-08-31', '2024-01-01');
    expect(rules(early)).toEqual(['date-order']);
    expect(early[0].message).toBe(
      '终止发展日期不能早于已记录的步骤：「第3步 推荐和确定入党积极分子」日期为 2021-09-01，终止发展日期为 2021-08-31',
    );
    expect(rules(checkStop(activist, '2024-01-02', '2024-01-01'))).toEqual(['date-not-future']);
  });

  it('refuses a full member’s record, and a record already stopped', () => {
    const full = history([
      ['application', '2021-03-01'],
      ['full_vote', '2024-06-28'],
      ['full_approved', '2024-07-15'],
    ]);
    expect(checkStop(full, '2024-08-01', '2025-01-01')).toEqual([
      {
        rule: 'stop-full-member',
        message: '正式党员的发展记录不能终止：已于 2024-07-15 完成「第24步 上级党委审批」，转为正式党员',
      },
    ]);
    expect(rules(checkStop({ ...activist, stoppedAt: '2022-01-01' }, '2022-02-01', '2025-01-01'))).toEqual(['stopped']);
  });
});
