import { describe, expect, it } from 'vitest';
import { addMonths, addYears, ageOn } from '@/lib/dates';
import {
  applicantBirthDate,
  type CheckContext,
  checkStep,
  type DevelopmentHistory,
  type DevelopmentPerson,
  nextDeadlines,
  probationEnd,
  type StepCheck,
  type StepRecord,
} from '@/lib/development/rules';
import { type DevelopmentStepCode, developmentSteps } from '@/lib/development/steps';
import { idNumberCheckChar } from '@/lib/people/id-number';

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const people = new Map<number, DevelopmentPerson>([
  [1, { name: '张三', politicalStatus: 'full', disciplines: [] }],
  [2, { name: '李四', politicalStatus: 'full', disciplines: [] }],
  [3, { name: '王五', politicalStatus: 'probationary', disciplines: [] }],
  [
    4,
    {
      name: '赵六',
      politicalStatus: 'full',
      disciplines: [{ kind: 'probation', decidedOn: '2024-01-10', until: '2025-01-09' }],
    },
  ],
  [5, { name: '钱七', politicalStatus: 'activist', disciplines: [] }],
]);

const TODAY = '2026-12-31';
const ctx: CheckContext = { today: TODAY, people };

const vote = (expectedVoting: number, yes: number, no = 0, abstain = 0) => ({ expectedVoting, yes, no, abstain });

/** A complete, rule-abiding development record (every step clean, no warnings). */
const standardPath: StepRecord[] = [
  { code: 'application', date: '2023-01-10' },
  { code: 'first_talk', date: '2023-02-01' },
  { code: 'activist_confirmed', date: '2023-03-15' },
  { code: 'activist_filed', date: '2023-03-20' },
  { code: 'contacts_assigned', date: '2023-03-25', data: { contactIds: [1] } },
  { code: 'activist_assessment', date: '2023-09-10' },
  { code: 'activist_assessment', date: '2024-03-10' },
  { code: 'candidate_confirmed', date: '2024-03-16' },
  { code: 'candidate_filed', date: '2024-03-20' },
  { code: 'introducers', date: '2024-03-25', data: { introducerIds: [1, 2] } },
  { code: 'political_review', date: '2024-04-10' },
  { code: 'short_training', date: '2024-04-20', data: { days: 3 } },
  { code: 'committee_review', date: '2024-05-06' }, // a Monday
  { code: 'pre_review', date: '2024-05-20' },
  { code: 'application_form', date: '2024-05-25' },
  { code: 'admission_vote', date: '2024-06-10', data: vote(9, 9) },
  { code: 'higher_talk', date: '2024-06-20' },
  { code: 'admission_approved', date: '2024-07-10' },
  { code: 'admission_filed', date: '2024-07-15' },
  { code: 'placed_in_group', date: '2024-07-20' },
  { code: 'oath', date: '2024-07-25' },
  { code: 'probation_assessment', date: '2024-12-10' },
  { code: 'full_application', date: '2025-05-20' },
  { code: 'full_vote', date: '2025-06-10', data: vote(10, 10) },
  { code: 'full_approved', date: '2025-07-01' },
  { code: 'archived', date: '2025-07-10' },
];

function history(
  steps: StepRecord[],
  birthDate: string | null = '1995-05-01',
  idNumber: string | null = null,
): DevelopmentHistory {
  return { birthDate, idNumber, steps };
}

/** The standard history with every step before the first occurrence of code. */
function upTo(code: DevelopmentStepCode): DevelopmentHistory {
  return history(
    standardPath.slice(
      0,
      standardPath.findIndex((s) => s.code === code),
    ),
  );
}

/** The standard history through the last occurrence of code. */
function through(code: DevelopmentStepCode): DevelopmentHistory {
  const last = standardPath.map((s) => s.code).lastIndexOf(code);
  return history(standardPath.slice(0, last + 1));
}

function check(
  code: DevelopmentStepCode,
  date: string,
  data?: Record<string, unknown>,
  h: DevelopmentHistory = upTo(code),
  context: CheckContext = ctx,
): StepCheck {
  return checkStep(h, { code, date, data }, context);
}

const errorRules = (r: StepCheck) => r.errors.map((f) => f.rule);
const warningRules = (r: StepCheck) => r.warnings.map((f) => f.rule);
const clean = { errors: [], warnings: [] };

function validIdNumber(birth: string): string {
  const first17 = `110101${birth.replaceAll('-', '')}123`;
  return first17 + idNumberCheckChar(first17);
}

// ---------------------------------------------------------------------------------------------
// Date arithmetic
// ---------------------------------------------------------------------------------------------

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', 1)).toBe('2023-04-30');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('keeps the day when it exists and crosses year ends both ways', () => {
    expect(addMonths('2023-12-15', 1)).toBe('2024-01-15');
    expect(addMonths('2023-01-15', 13)).toBe('2024-02-15');
    expect(addMonths('2024-01-15', -1)).toBe('2023-12-15');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
    expect(addMonths('2023-03-31', -25)).toBe('2021-02-28');
    expect(addMonths('2023-05-17', 0)).toBe('2023-05-17');
  });

  it('rejects fractional months', () => {
    expect(() => addMonths('2023-01-31', 0.5)).toThrow(RangeError);
  });
});

describe('addYears', () => {
  it('clamps 29 February to 28 February in common years', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
    expect(addYears('2023-03-15', 1)).toBe('2024-03-15');
  });
});

describe('ageOn', () => {
  it('counts the birthday itself', () => {
    expect(ageOn('2006-05-01', '2024-04-30')).toBe(17);
    expect(ageOn('2006-05-01', '2024-05-01')).toBe(18);
    expect(ageOn('2006-05-01', '2024-12-31')).toBe(18);
  });

  it('takes 28 February as the birthday of a 29 February baby in common years', () => {
    expect(ageOn('2004-02-29', '2022-02-27')).toBe(17);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(18);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is consistent with addYears', () => {
    for (const birth of ['2004-02-29', '2006-05-01', '2005-12-31']) {
      for (let n = 1; n <= 20; n++) {
        const birthday = addYears(birth, n);
        expect(ageOn(birth, birthday)).toBe(n);
        const [y, m, d] = birthday.split('-').map(Number);
        const dayBefore = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
        expect(ageOn(birth, dayBefore)).toBe(n - 1);
      }
    }
  });
});

describe('applicantBirthDate', () => {
  it('prefers the birth date field', () => {
    expect(applicantBirthDate({ birthDate: '1990-01-02', idNumber: validIdNumber('2006-05-01') })).toBe('1990-01-02');
  });

  it('falls back to a valid ID number (also with a lower-case x)', () => {
    expect(applicantBirthDate({ birthDate: null, idNumber: validIdNumber('2006-05-01') })).toBe('2006-05-01');
    const withX = ['1990-01-01', '1990-01-02', '1990-01-03', '1990-01-04', '1990-01-05', '1990-01-06', '1990-01-07']
      .map(validIdNumber)
      .concat(['1991', '1992', '1993', '1994', '1995', '1996'].map((y) => validIdNumber(`${y}-07-07`)))
      .find((id) => id.endsWith('X'));
    expect(withX).toBeDefined();
    expect(applicantBirthDate({ birthDate: '', idNumber: ` ${withX!.toLowerCase()} ` })).toBe(
      `${withX!.slice(6, 10)}-${withX!.slice(10, 12)}-${withX!.slice(12, 14)}`,
    );
  });

  it('is null without a birth date and with a missing or invalid ID number', () => {
    expect(applicantBirthDate({ birthDate: null, idNumber: null })).toBeNull();
    const bad = validIdNumber('2006-05-01');
    const wrongCheck = bad.slice(0, 17) + (bad[17] === '0' ? '1' : '0');
    expect(applicantBirthDate({ birthDate: null, idNumber: wrongCheck })).toBeNull();
    expect(applicantBirthDate({ birthDate: null, idNumber: '12345' })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// General rules
// ---------------------------------------------------------------------------------------------

describe('checkStep — the standard path', () => {
  it('records all 25 steps in order without errors or warnings', () => {
    for (let i = 0; i < standardPath.length; i++) {
      const result = checkStep(history(standardPath.slice(0, i)), standardPath[i], ctx);
      expect({ step: i, ...result }).toEqual({ step: i, errors: [], warnings: [] });
    }
    expect(new Set(standardPath.map((s) => s.code)).size).toBe(developmentSteps.length);
  });
});

describe('checkStep — order', () => {
  it('requires the application first', () => {
    const r = check('first_talk', '2023-01-10', undefined, history([]));
    expect(errorRules(r)).toEqual(['step-order']);
    expect(r.errors[0].message).toBe(
      '步骤不能跳过或颠倒：下一步应为「第1步 递交入党申请书」，不能先记录「第2步 党组织派人谈话」',
    );
  });

  it('refuses a skipped step', () => {
    const r = check('activist_confirmed', '2023-03-15', undefined, upTo('first_talk'));
    expect(errorRules(r)).toEqual(['step-order']);
    expect(r.errors[0].message).toContain('下一步应为「第2步 党组织派人谈话」');
  });

  it('refuses a step recorded again (reversed order)', () => {
    const r = check('application', '2023-02-05', undefined, upTo('activist_confirmed'));
    expect(errorRules(r)).toEqual(['step-order']);
    expect(r.errors[0].message).toBe(
      '步骤不能跳过或颠倒：下一步应为「第3步 推荐和确定入党积极分子」，「第1步 递交入党申请书」已于2023年1月10日记录，不能重复记录',
    );
  });

  it('lets the activist assessment repeat until the candidate is confirmed, and mentions it', () => {
    expect(check('activist_assessment', '2024-03-10', undefined, history(standardPath.slice(0, 6)))).toEqual(clean);
    expect(errorRules(check('activist_assessment', '2024-03-20', undefined, through('candidate_confirmed')))).toEqual([
      'step-order',
    ]);
    const skip = check('introducers', '2024-03-25', { introducerIds: [1, 2] }, upTo('candidate_confirmed'));
    expect(skip.errors[0].message).toContain('下一步应为「第7步 确定发展对象」（或继续记录「第6步 培养教育考察」）');
  });

  it('does not let the first activist assessment be skipped', () => {
    expect(errorRules(check('candidate_confirmed', '2024-03-16', undefined, upTo('activist_assessment')))).toContain(
      'step-order',
    );
  });

  it('lets the probation assessment repeat until the application for full membership', () => {
    expect(check('probation_assessment', '2025-05-01', undefined, through('probation_assessment'))).toEqual(clean);
    expect(errorRules(check('probation_assessment', '2025-05-25', undefined, through('full_application')))).toEqual([
      'step-order',
    ]);
  });

  it('refuses anything after the last step', () => {
    const r = check('archived', '2025-08-01', undefined, history(standardPath));
    expect(errorRules(r)).toEqual(['step-order']);
    expect(r.errors[0].message).toContain('已全部记录');
  });

  it('tells apart the two steps of the same name by number', () => {
    const r = check('full_vote', '2024-06-10', vote(9, 9), upTo('admission_vote'));
    expect(r.errors[0].message).toContain(
      '下一步应为「第15步 支部党员大会讨论」，不能先记录「第23步 支部党员大会讨论」',
    );
  });
});

describe('checkStep — dates', () => {
  it('refuses a date before the previous step, naming both dates', () => {
    const r = check('first_talk', '2023-01-09');
    expect(errorRules(r)).toEqual(['date-order']);
    expect(r.errors[0].message).toBe(
      '步骤日期不能早于上一步骤：上一步骤「第1步 递交入党申请书」日期为2023年1月10日，「第2步 党组织派人谈话」日期为2023年1月9日',
    );
  });

  it('allows the same date as the previous step', () => {
    expect(check('first_talk', '2023-01-10')).toEqual(clean);
  });

  it('compares with the latest recorded date whatever order the history is in', () => {
    const shuffled = history([...upTo('activist_filed').steps].reverse());
    expect(errorRules(check('activist_filed', '2023-03-14', undefined, shuffled))).toEqual(['date-order']);
    expect(check('activist_filed', '2023-03-15', undefined, shuffled)).toEqual(clean);
  });

  it('refuses a date after today, allows today', () => {
    const r = check('application', '2025-01-02', undefined, history([]), { today: '2025-01-01' });
    expect(errorRules(r)).toEqual(['date-not-future']);
    expect(r.errors[0].message).toBe(
      '步骤日期不能晚于今天：「第1步 递交入党申请书」日期为2025年1月2日，今天是2025年1月1日',
    );
    expect(check('application', '2025-01-01', undefined, history([]), { today: '2025-01-01' })).toEqual(clean);
  });

  it('refuses a malformed or non-existent date and checks nothing else', () => {
    expect(errorRules(check('application', '2023-02-30', undefined, history([])))).toEqual(['date-invalid']);
    expect(errorRules(check('first_talk', '2023/02/01'))).toEqual(['date-invalid']);
  });
});

// ---------------------------------------------------------------------------------------------
// Step rules
// ---------------------------------------------------------------------------------------------

describe('age-18 (application)', () => {
  const applyOn = (date: string, birthDate: string | null, idNumber: string | null = null) =>
    check('application', date, undefined, history([], birthDate, idNumber));

  it('allows the application on the 18th birthday', () => {
    expect(applyOn('2024-05-01', '2006-05-01')).toEqual(clean);
  });

  it('refuses it the day before, naming the birth date and the first allowed date', () => {
    const r = applyOn('2024-04-30', '2006-05-01');
    expect(errorRules(r)).toEqual(['age-18']);
    expect(r.errors[0].message).toBe(
      '申请入党须年满18周岁：出生日期为2006年5月1日，2024年4月30日递交申请时未满18周岁，最早可于2024年5月1日递交入党申请书',
    );
  });

  it('treats 28 February as the 18th birthday of someone born on 29 February', () => {
    expect(applyOn('2022-02-28', '2004-02-29')).toEqual(clean);
    const r = applyOn('2022-02-27', '2004-02-29');
    expect(errorRules(r)).toEqual(['age-18']);
    expect(r.errors[0].message).toContain('最早可于2022年2月28日');
  });

  it('takes the birth date from the ID number when the field is empty', () => {
    const id = validIdNumber('2006-05-01');
    expect(applyOn('2024-05-01', null, id)).toEqual(clean);
    const r = applyOn('2024-04-30', null, id);
    expect(errorRules(r)).toEqual(['age-18']);
    expect(r.errors[0].message).toContain('出生日期为2006年5月1日');
  });

  it('only warns when the birth date is unknown', () => {
    const r = applyOn('2024-04-30', null, '110101200605011234');
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['age-18']);
    expect(r.warnings[0].message).toContain('无法核对2024年4月30日递交申请时');
  });
});

describe('first-talk-1-month', () => {
  it('allows a talk exactly one month after the application, warns a day later', () => {
    expect(check('first_talk', '2023-02-10')).toEqual(clean);
    const r = check('first_talk', '2023-02-11');
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['first-talk-1-month']);
    expect(r.warnings[0].message).toBe(
      '党组织应在收到入党申请书后一个月内派人谈话：2023年1月10日递交入党申请书，最迟应于2023年2月10日谈话，实际谈话日期为2023年2月11日',
    );
  });

  it('clamps the month at the end of January', () => {
    const h = history([{ code: 'application', date: '2023-01-31' }]);
    expect(check('first_talk', '2023-02-28', undefined, h)).toEqual(clean);
    expect(warningRules(check('first_talk', '2023-03-01', undefined, h))).toEqual(['first-talk-1-month']);
  });
});

describe('activist-assessment-6-months', () => {
  it('measures the first assessment from the activist confirmation', () => {
    expect(check('activist_assessment', '2023-09-15')).toEqual(clean);
    const r = check('activist_assessment', '2023-09-16');
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['activist-assessment-6-months']);
    expect(r.warnings[0].message).toContain('2023年3月15日确定为积极分子，下一次考察最迟应于2023年9月15日进行');
  });

  it('measures later assessments from the previous one', () => {
    const h = history(standardPath.slice(0, 6));
    expect(check('activist_assessment', '2024-03-10', undefined, h)).toEqual(clean);
    const r = check('activist_assessment', '2024-03-11', undefined, h);
    expect(warningRules(r)).toEqual(['activist-assessment-6-months']);
    expect(r.warnings[0].message).toContain('2023年9月10日上次考察，下一次考察最迟应于2024年3月10日进行');
  });

  it('applies to the candidate confirmation too', () => {
    const h = history(standardPath.slice(0, 6)); // last assessment 2023-09-10
    const r = check('candidate_confirmed', '2024-03-16', undefined, h);
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['activist-assessment-6-months']);
    expect(r.warnings[0].message).toContain('确定为发展对象日期为2024年3月16日');
  });
});

describe('activist-over-1-year (candidate_confirmed)', () => {
  it('refuses the first anniversary of the activist confirmation', () => {
    const r = check('candidate_confirmed', '2024-03-15');
    expect(errorRules(r)).toEqual(['activist-over-1-year']);
    expect(r.errors[0].message).toBe(
      '确定为发展对象须在确定为入党积极分子一年以上：2023年3月15日确定为积极分子，最早可于2024年3月16日确定为发展对象',
    );
  });

  it('allows the day after', () => {
    expect(check('candidate_confirmed', '2024-03-16')).toEqual(clean);
  });

  it('clamps an activist confirmed on 29 February', () => {
    const h = history([
      { code: 'application', date: '2023-12-01' },
      { code: 'first_talk', date: '2023-12-20' },
      { code: 'activist_confirmed', date: '2024-02-29' },
      { code: 'activist_filed', date: '2024-03-01' },
      { code: 'contacts_assigned', date: '2024-03-02', data: { contactIds: [1, 2] } },
      { code: 'activist_assessment', date: '2024-08-20' },
      { code: 'activist_assessment', date: '2025-02-20' },
    ]);
    expect(errorRules(check('candidate_confirmed', '2025-02-28', undefined, h))).toEqual(['activist-over-1-year']);
    expect(check('candidate_confirmed', '2025-03-01', undefined, h)).toEqual(clean);
  });
});

describe('contacts (contacts_assigned)', () => {
  const assign = (data: Record<string, unknown> | undefined, context: CheckContext = ctx) =>
    check('contacts_assigned', '2023-03-25', data, upTo('contacts_assigned'), context);

  it('accepts one or two full members', () => {
    expect(assign({ contactIds: [1] })).toEqual(clean);
    expect(assign({ contactIds: [1, 2] })).toEqual(clean);
  });

  it('refuses none, three, or the same person twice', () => {
    expect(errorRules(assign({ contactIds: [] }))).toEqual(['contacts']);
    expect(errorRules(assign(undefined))).toEqual(['contacts']);
    expect(errorRules(assign({ contactIds: [1, 2, 4] }))).toEqual(['contacts']);
    expect(errorRules(assign({ contactIds: [1, 1] }))).toEqual(['contacts']);
    expect(errorRules(assign({ contactIds: '1' }))).toEqual(['contacts']);
  });

  it('refuses someone who is not a full member, by name', () => {
    const r = assign({ contactIds: [1, 3] });
    expect(errorRules(r)).toEqual(['contacts']);
    expect(r.errors[0].message).toBe(
      '培养联系人须为1至2名正式党员（2023年3月25日指定培养联系人）：王五（预备党员） 不是正式党员',
    );
  });

  it('refuses ids it cannot verify', () => {
    expect(errorRules(assign({ contactIds: [99] }))).toEqual(['contacts']);
    expect(errorRules(assign({ contactIds: [1] }, { today: TODAY }))).toEqual(['contacts']);
  });
});

describe('introducers', () => {
  const name = (data: Record<string, unknown> | undefined) => check('introducers', '2024-03-25', data);

  it('accepts two distinct full members in good standing', () => {
    expect(name({ introducerIds: [1, 2] })).toEqual(clean);
  });

  it('refuses one, three, none or the same person twice', () => {
    expect(errorRules(name({ introducerIds: [1] }))).toEqual(['introducers']);
    expect(errorRules(name({ introducerIds: [1, 2, 4] }))).toEqual(['introducers']);
    expect(errorRules(name({}))).toEqual(['introducers']);
    const same = name({ introducerIds: [1, 1] });
    expect(errorRules(same)).toEqual(['introducers']);
    expect(same.errors[0].message).toContain('两名介绍人不能是同一人');
  });

  it('refuses a probationary member, by name', () => {
    const r = name({ introducerIds: [1, 3] });
    expect(errorRules(r)).toEqual(['introducers']);
    expect(r.errors[0].message).toContain('王五（预备党员） 不是正式党员，不能担任入党介绍人');
    expect(r.errors[0].message).toContain('（2024年3月25日确定入党介绍人）');
  });

  it('refuses a member under discipline, by name', () => {
    const r = name({ introducerIds: [4, 2] });
    expect(errorRules(r)).toEqual(['introducers']);
    expect(r.errors[0].message).toContain('赵六 正在受处分');
  });

  describe('留党察看 counts from the day it is decided to its last day, both included', () => {
    /** 孙八 under 留党察看 from decidedOn to until, named on 2024-03-25. */
    const withProbation = (decidedOn: string, until: string) =>
      check('introducers', '2024-03-25', { introducerIds: [6, 2] }, upTo('introducers'), {
        today: TODAY,
        people: new Map([
          ...people,
          [6, { name: '孙八', politicalStatus: 'full', disciplines: [{ kind: 'probation', decidedOn, until }] }],
        ]),
      });

    it('accepts the introducer the day before the decision', () => {
      expect(withProbation('2024-03-26', '2025-03-25')).toEqual(clean);
    });

    it('refuses on the day of the decision', () => {
      expect(errorRules(withProbation('2024-03-25', '2025-03-24'))).toEqual(['introducers']);
    });

    it('refuses on the last day of the period', () => {
      expect(errorRules(withProbation('2023-03-26', '2024-03-25'))).toEqual(['introducers']);
    });

    it('accepts the day after the period ends', () => {
      expect(withProbation('2023-03-25', '2024-03-24')).toEqual(clean);
    });
  });

  it('does not refuse for a 党纪处分 other than 留党察看', () => {
    const r = check('introducers', '2024-03-25', { introducerIds: [6, 2] }, upTo('introducers'), {
      today: TODAY,
      people: new Map([
        ...people,
        [
          6,
          {
            name: '孙八',
            politicalStatus: 'full',
            disciplines: [{ kind: 'serious_warning', decidedOn: '2024-01-10', until: null }],
          },
        ],
      ]),
    });
    expect(r).toEqual(clean);
  });

  it('refuses an unknown id', () => {
    expect(name({ introducerIds: [1, 42] }).errors[0].message).toContain('人员 #42 不在人员名单中');
  });
});

describe('training-3-days-or-24-hours (short_training)', () => {
  const train = (data?: Record<string, unknown>) => check('short_training', '2024-04-20', data);

  it('accepts exactly 3 days or exactly 24 hours', () => {
    expect(train({ days: 3 })).toEqual(clean);
    expect(train({ hours: 24 })).toEqual(clean);
    expect(train({ days: 1, hours: 24 })).toEqual(clean);
  });

  it('refuses less, naming what was recorded', () => {
    const r = train({ days: 2, hours: 23 });
    expect(errorRules(r)).toEqual(['training-3-days-or-24-hours']);
    expect(r.errors[0].message).toBe(
      '发展对象集中培训时间不少于3天或不少于24学时：2024年4月20日的集中培训记录为2 天、23 学时',
    );
    expect(errorRules(train({ days: 2.5 }))).toEqual(['training-3-days-or-24-hours']);
    expect(errorRules(train({ hours: 23.5 }))).toEqual(['training-3-days-or-24-hours']);
    expect(errorRules(train({ days: '3' }))).toEqual(['training-3-days-or-24-hours']);
    expect(train().errors[0].message).toContain('未填写培训时长');
  });
});

describe('notice-period (pre_review, when noticeWorkingDays is given)', () => {
  const withNotice: CheckContext = { ...ctx, noticeWorkingDays: 5 };

  it('warns when the pre-review falls within the 5 working days after the committee review', () => {
    // Committee review Monday 2024-05-06; the notice ends Friday 2024-05-10.
    const r = check('pre_review', '2024-05-10', undefined, upTo('pre_review'), withNotice);
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['notice-period']);
    expect(r.warnings[0].message).toContain('2024年5月6日支部委员会审查，公示最早于2024年5月10日期满');
    expect(check('pre_review', '2024-05-11', undefined, upTo('pre_review'), withNotice)).toEqual(clean);
  });

  it('does not check the notice when no period is configured', () => {
    expect(check('pre_review', '2024-05-07')).toEqual(clean);
  });
});

describe('meeting-within-1-month-of-pre-review (admission_vote)', () => {
  it('allows the meeting one month after the pre-review, warns a day later', () => {
    expect(check('admission_vote', '2024-06-20', vote(9, 9))).toEqual(clean);
    const r = check('admission_vote', '2024-06-21', vote(9, 9));
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['meeting-within-1-month-of-pre-review']);
    expect(r.warnings[0].message).toContain(
      '2024年5月20日预审，最迟应于2024年6月20日召开，实际召开日期为2024年6月21日',
    );
  });
});

describe('admission-vote (admission_vote and full_vote)', () => {
  const admit = (data?: Record<string, unknown>) => check('admission_vote', '2024-06-10', data);

  it('refuses exactly half in favour, accepts half + 1', () => {
    const r = admit(vote(10, 5, 5));
    expect(errorRules(r)).toEqual(['admission-vote']);
    expect(r.errors[0].message).toBe(
      '接收预备党员须经应到会有表决权的正式党员半数以上赞成（2024年6月10日支部党员大会）：应到 10 人，赞成 5 人，未超过半数（至少需 6 人赞成），决议未通过',
    );
    expect(admit(vote(10, 6, 4))).toEqual(clean);
  });

  it('uses the expected voters, not those present', () => {
    expect(errorRules(admit(vote(9, 4, 0, 0)))).toEqual(['admission-vote']);
    expect(admit(vote(9, 5, 0, 0))).toEqual(clean);
  });

  it('refuses more ballots than expected voters', () => {
    const r = admit(vote(9, 8, 1, 1));
    expect(errorRules(r)).toEqual(['admission-vote']);
    expect(r.errors[0].message).toContain('合计 10 人，超过应到会有表决权的正式党员 9 人');
  });

  it('holds 赞成 and the ballots to 实到, 实到 to 应到, and needs more than half of 应到 present', () => {
    const withPresent = (expectedVoting: number, present: number, yes: number, no = 0) =>
      admit({ ...vote(expectedVoting, yes, no), present });
    expect(withPresent(20, 15, 11, 4)).toEqual(clean);
    const cast = withPresent(20, 9, 11);
    expect(errorRules(cast)).toEqual(['admission-vote']);
    expect(cast.errors[0].message).toContain('赞成、反对、弃权合计 11 人，超过实到 9 人');
    const over = withPresent(20, 21, 11);
    expect(over.errors[0].message).toContain('实到 21 人，超过应到 20 人');
    const noQuorum = withPresent(20, 10, 10);
    expect(noQuorum.errors.map((e) => e.message)).toEqual([
      expect.stringContaining('应到 20 人，实到 10 人，未超过半数（至少需 11 人到会），会议不能表决'),
      expect.stringContaining('未超过半数（至少需 11 人赞成）'),
    ]);
    expect(withPresent(20, 11, 11)).toEqual(clean);
    expect(errorRules(admit({ ...vote(9, 5), present: -1 }))).toEqual(['admission-vote']);
    expect(admit({ ...vote(9, 5), present: '' })).toEqual(clean);
  });

  it('treats missing no/abstain as 0 but requires the rest', () => {
    expect(admit({ expectedVoting: 9, yes: 5 })).toEqual(clean);
    expect(errorRules(admit({ yes: 5 }))).toEqual(['admission-vote']);
    expect(errorRules(admit({ expectedVoting: 0, yes: 0 }))).toEqual(['admission-vote']);
    expect(errorRules(admit({ expectedVoting: 9, yes: -1 }))).toEqual(['admission-vote']);
    expect(errorRules(admit())).toEqual(['admission-vote']);
  });

  it('applies to the full-membership vote', () => {
    const r = check('full_vote', '2025-06-10', vote(10, 5, 5));
    expect(errorRules(r)).toEqual(['admission-vote']);
    expect(r.errors[0].message).toContain(
      '预备党员转为正式党员须经应到会有表决权的正式党员半数以上赞成（2025年6月10日支部党员大会）',
    );
    expect(check('full_vote', '2025-06-10', vote(10, 6, 3, 1))).toEqual(clean);
  });
});

describe('approval-within-3-months', () => {
  // Admission vote 2024-06-10.
  it('allows approval exactly 3 months after the vote', () => {
    expect(check('admission_approved', '2024-09-10')).toEqual(clean);
  });

  it('warns one day later and up to exactly 6 months', () => {
    for (const date of ['2024-09-11', '2024-12-10']) {
      const r = check('admission_approved', date);
      expect(r.errors).toEqual([]);
      expect(warningRules(r)).toEqual(['approval-within-3-months']);
    }
    expect(check('admission_approved', '2024-09-11').warnings[0].message).toBe(
      '上级党委审批接收预备党员应在支部党员大会讨论后3个月内进行：2024年6月10日支部党员大会讨论接收预备党员，应于2024年9月10日前审批，特殊情况最迟不超过2024年12月10日，实际审批日期为2024年9月11日',
    );
  });

  it('refuses approval more than 6 months after the vote', () => {
    const r = check('admission_approved', '2024-12-11');
    expect(errorRules(r)).toEqual(['approval-within-3-months']);
    expect(r.warnings).toEqual([]);
    expect(r.errors[0].message).toContain('延长不得超过6个月');
  });

  it('measures full-membership approval from the full-membership vote', () => {
    // Full vote 2025-06-10.
    expect(check('full_approved', '2025-09-10')).toEqual(clean);
    expect(warningRules(check('full_approved', '2025-09-11'))).toEqual(['approval-within-3-months']);
    expect(warningRules(check('full_approved', '2025-12-10'))).toEqual(['approval-within-3-months']);
    const r = check('full_approved', '2025-12-11');
    expect(errorRules(r)).toEqual(['approval-within-3-months']);
    expect(r.errors[0].message).toContain('2025年6月10日支部党员大会讨论预备党员转正');
  });
});

describe('probation (full_vote) and probationEnd', () => {
  const extended = (months: unknown) =>
    history([
      ...upTo('full_application').steps,
      { code: 'probation_assessment', date: '2025-05-01', data: { extensionMonths: months } },
    ]);

  it('ends the probationary year on the anniversary of the admission vote', () => {
    expect(probationEnd(history([]))).toBeNull();
    expect(probationEnd(upTo('admission_vote'))).toBeNull();
    expect(probationEnd(through('admission_vote'))).toBe('2025-06-10');
    expect(probationEnd(history(standardPath))).toBe('2025-06-10');
  });

  it('adds an extension', () => {
    expect(probationEnd(extended(6))).toBe('2025-12-10');
    expect(probationEnd(extended(12))).toBe('2026-06-10');
  });

  it('clamps a vote on 29 February', () => {
    const h = (extra: StepRecord[]) =>
      history([{ code: 'admission_vote', date: '2024-02-29', data: vote(9, 9) }, ...extra]);
    expect(probationEnd(h([]))).toBe('2025-02-28');
    // The extension is counted from the vote in one go: 2024-02-29 + 18 months.
    expect(probationEnd(h([{ code: 'probation_assessment', date: '2024-12-01', data: { extensionMonths: 6 } }]))).toBe(
      '2025-08-29',
    );
  });

  it('refuses a full-membership vote before the year is over, allows it on the last day', () => {
    const r = check('full_vote', '2025-06-09', vote(10, 10));
    expect(errorRules(r)).toEqual(['probation']);
    expect(r.errors[0].message).toBe(
      '预备期满方可讨论转为正式党员：2024年6月10日支部党员大会通过接收为预备党员，预备期一年，至2025年6月10日期满，不能于2025年6月9日讨论转正',
    );
    expect(check('full_vote', '2025-06-10', vote(10, 10))).toEqual(clean);
  });

  it('warns when the vote comes more than a month after the end', () => {
    expect(check('full_vote', '2025-07-10', vote(10, 10))).toEqual(clean);
    const r = check('full_vote', '2025-07-11', vote(10, 10));
    expect(r.errors).toEqual([]);
    expect(warningRules(r)).toEqual(['probation']);
    expect(r.warnings[0].message).toMatch(/^预备期已满（2025年6月10日期满）.*未及时讨论转正/);
    expect(r.warnings[0].message).toContain('最迟应于2025年7月10日召开支部党员大会讨论，实际于2025年7月11日召开');
  });

  it('takes the extension into account', () => {
    const h = history([...extended(6).steps, { code: 'full_application', date: '2025-05-20' }]);
    const early = check('full_vote', '2025-06-10', vote(10, 10), h);
    expect(errorRules(early)).toEqual(['probation']);
    expect(early.errors[0].message).toContain('预备期一年并延长 6 个月，至2025年12月10日期满');
    expect(check('full_vote', '2025-12-10', vote(10, 10), h)).toEqual(clean);
    expect(check('full_vote', '2026-01-10', vote(10, 10), h)).toEqual(clean);
    expect(warningRules(check('full_vote', '2026-01-11', vote(10, 10), h))).toEqual(['probation']);
  });
});

describe('probation-extension (probation_assessment)', () => {
  const extend = (months: unknown, h: DevelopmentHistory = through('probation_assessment')) =>
    check('probation_assessment', '2025-05-01', { extensionMonths: months }, h);

  it('accepts 6 to 12 months', () => {
    expect(extend(6)).toEqual(clean);
    expect(extend(12)).toEqual(clean);
  });

  it('refuses 5, 13, fractional or non-numeric months', () => {
    for (const months of [5, 13, 6.5, '6', 0]) {
      expect(errorRules(extend(months))).toEqual(['probation-extension']);
    }
    expect(extend(5).errors[0].message).toBe('延长预备期须为6至12个月：2025年5月1日记录的延长期限为 5 个月');
  });

  it('treats an assessment without extensionMonths as no extension', () => {
    expect(check('probation_assessment', '2025-05-01', { note: '表现良好' }, through('probation_assessment'))).toEqual(
      clean,
    );
    expect(
      check('probation_assessment', '2025-05-01', { extensionMonths: null }, through('probation_assessment')),
    ).toEqual(clean);
  });

  it('refuses a second extension', () => {
    const h = history([
      ...through('probation_assessment').steps,
      { code: 'probation_assessment', date: '2025-04-01', data: { extensionMonths: 6 } },
    ]);
    const r = extend(6, h);
    expect(errorRules(r)).toEqual(['probation-extension']);
    expect(r.errors[0].message).toBe(
      '预备期只能延长一次：已于2025年4月1日延长预备期 6 个月，不能于2025年5月1日再次延长',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------

describe('nextDeadlines', () => {
  it('has nothing before the application and after the approval of full membership', () => {
    expect(nextDeadlines(history([]), '2023-01-01')).toEqual([]);
    expect(nextDeadlines(through('full_approved'), '2025-07-05')).toEqual([]);
    expect(nextDeadlines(history(standardPath), '2025-08-01')).toEqual([]);
  });

  it('gives the first talk one month after the application', () => {
    expect(nextDeadlines(through('application'), '2023-01-15')).toEqual([
      {
        code: 'first_talk',
        kind: 'deadline',
        due: '2023-02-10',
        message: '党组织应在收到入党申请书后一个月内派人谈话：2023年1月10日递交入党申请书，最迟应于2023年2月10日谈话',
      },
    ]);
    expect(nextDeadlines(through('application'), '2023-02-13')[0].message).toContain('（已逾期 3 天）');
  });

  it('gives the next activist assessment and the earliest candidate date, sorted by date', () => {
    expect(nextDeadlines(through('contacts_assigned'), '2023-04-01')).toEqual([
      {
        code: 'activist_assessment',
        kind: 'deadline',
        due: '2023-09-15',
        message: '入党积极分子每半年至少考察一次：2023年3月15日确定为积极分子，下一次考察最迟应于2023年9月15日进行',
      },
      {
        code: 'candidate_confirmed',
        kind: 'earliest',
        due: '2024-03-16',
        message:
          '确定为发展对象须在确定为入党积极分子一年以上：2023年3月15日确定为积极分子，最早可于2024年3月16日确定为发展对象',
      },
    ]);
    const afterSecond = nextDeadlines(through('activist_assessment'), '2024-03-12');
    expect(afterSecond.map((d) => [d.code, d.due])).toEqual([
      ['candidate_confirmed', '2024-03-16'],
      ['activist_assessment', '2024-09-10'],
    ]);
  });

  it('gives the general meeting one month after the pre-review', () => {
    expect(nextDeadlines(through('application_form'), '2024-06-01')).toEqual([
      {
        code: 'admission_vote',
        kind: 'deadline',
        due: '2024-06-20',
        message:
          '上级党委预审后应在一个月内召开支部党员大会讨论接收预备党员：2024年5月20日预审，最迟应于2024年6月20日召开',
      },
    ]);
  });

  it('gives the approval deadline and the end of the probationary year after the admission vote', () => {
    const list = nextDeadlines(through('admission_vote'), '2024-06-15');
    expect(list.map((d) => [d.code, d.due])).toEqual([
      ['admission_approved', '2024-09-10'],
      ['full_vote', '2025-06-10'],
    ]);
    expect(list[0].message).toContain('最迟应于2024年9月10日审批，特殊情况不超过2024年12月10日');
    expect(list[1].message).toBe('预备期将于2025年6月10日期满，需召开支部党员大会讨论转正');
  });

  it('reports the probation end once approved, with an extension, and when it has passed', () => {
    expect(nextDeadlines(through('oath'), '2025-01-01')).toEqual([
      {
        code: 'full_vote',
        kind: 'deadline',
        due: '2025-06-10',
        message: '预备期将于2025年6月10日期满，需召开支部党员大会讨论转正',
      },
    ]);
    const extendedHistory = history([
      ...through('probation_assessment').steps,
      { code: 'probation_assessment', date: '2025-05-01', data: { extensionMonths: 12 } },
    ]);
    expect(nextDeadlines(extendedHistory, '2025-06-01')[0]).toMatchObject({ code: 'full_vote', due: '2026-06-10' });
    expect(nextDeadlines(through('full_application'), '2025-06-20')[0].message).toBe(
      '预备期已于2025年6月10日期满，需于2025年7月10日前召开支部党员大会讨论转正',
    );
    expect(nextDeadlines(through('full_application'), '2025-07-11')[0].message).toContain('超过一个月未讨论转正');
  });

  it('gives the approval deadline after the full-membership vote', () => {
    expect(nextDeadlines(through('full_vote'), '2025-06-15')).toEqual([
      {
        code: 'full_approved',
        kind: 'deadline',
        due: '2025-09-10',
        message:
          '上级党委应在支部党员大会讨论后3个月内审批预备党员转正：2025年6月10日支部党员大会讨论，最迟应于2025年9月10日审批，特殊情况不超过2025年12月10日',
      },
    ]);
  });
});

describe('the earliest candidate date', () => {
  it('is a date to wait for before the year is over, and an eligibility once it has passed', () => {
    const history = {
      birthDate: '1998-01-30',
      idNumber: null,
      steps: [
        { code: 'application', date: '2024-03-05' },
        { code: 'first_talk', date: '2024-03-22' },
        { code: 'activist_confirmed', date: '2024-09-06' },
      ],
    } as DevelopmentHistory;
    const waiting = nextDeadlines(history, '2025-01-10').find((d) => d.code === 'candidate_confirmed');
    expect(waiting).toMatchObject({ kind: 'earliest', due: '2025-09-07' });
    expect(waiting?.message).toContain('最早可于2025年9月7日');
    const eligible = nextDeadlines(history, '2025-09-07').find((d) => d.code === 'candidate_confirmed');
    expect(eligible?.message).toContain('可确定为发展对象');
  });
});
