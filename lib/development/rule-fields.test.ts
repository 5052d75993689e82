import { describe, expect, it } from 'vitest';
import { fieldOfRule, findingsByField } from '@/lib/development/rule-fields';

describe('the field a refusing rule is about', () => {
  it('names the vote, the training, the people and the extension rather than the date', () => {
    expect(fieldOfRule('admission-vote')).toBe('yes');
    expect(fieldOfRule('training-3-days-or-24-hours')).toBe('days');
    expect(fieldOfRule('contacts')).toBe('contactIds');
    expect(fieldOfRule('introducers')).toBe('introducerIds');
    expect(fieldOfRule('probation-extension')).toBe('extensionMonths');
    expect(fieldOfRule('step-order')).toBe('code');
  });

  it('puts the rules about dates, and rules it does not know, under the date', () => {
    expect(fieldOfRule('date-order')).toBe('date');
    expect(fieldOfRule('activist-over-1-year')).toBe('date');
    expect(fieldOfRule('no-such-rule')).toBe('date');
  });

  it('groups the findings by field, keeping each field’s messages in order', () => {
    expect(
      findingsByField([
        { rule: 'admission-vote', message: '赞成未过半数' },
        { rule: 'date-not-future', message: '日期晚于今天' },
        { rule: 'admission-vote', message: '实到未过半数' },
      ]),
    ).toEqual({ yes: ['赞成未过半数', '实到未过半数'], date: ['日期晚于今天'] });
  });
});
