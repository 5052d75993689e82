import type { RuleFinding } from '@/lib/development/steps';

/**
 * The field of a step each refusing rule is about, named as the step form and recordStepSchema name it;
 * a rule not listed here (order of dates, age, the year as activist, the probationary period …) is about
 * the step's date. The form shows a refusal under this field; the roster import names the column that
 * holds the same field.
 */
export const ruleFields = {
  'step-order': 'code',
  contacts: 'contactIds',
  introducers: 'introducerIds',
  'training-3-days-or-24-hours': 'days',
  'admission-vote': 'yes',
  'probation-extension': 'extensionMonths',
} as const satisfies Record<string, string>;

export type RuleField = (typeof ruleFields)[keyof typeof ruleFields] | 'date';

export function fieldOfRule(rule: string): RuleField {
  return (ruleFields as Record<string, RuleField>)[rule] ?? 'date';
}

/** Refusing findings grouped under the fields they are about, as an action's fieldErrors. */
export function findingsByField(findings: readonly RuleFinding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const finding of findings) (out[fieldOfRule(finding.rule)] ??= []).push(finding.message);
  return out;
}
