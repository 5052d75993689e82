import { developmentSteps } from '@/lib/domain/development';
import type { PoliticalStatus } from '@/lib/domain/people';
import { probationEnd, type DevelopmentHistory } from './development';

export type DerivedMembership = {
  politicalStatus: PoliticalStatus;
  probationaryDate: string | null;
  fullMemberDate: string | null;
};

/**
 * What a person's political status and membership dates are after the recorded steps: the status of the
 * last status-changing step; membership counted from the admission vote; full membership (and 党龄)
 * from the end of the probationary year, not from the approval date.
 */
export function membershipFromSteps(history: DevelopmentHistory, before: PoliticalStatus): DerivedMembership {
  const recorded = new Set(history.steps.map((s) => s.code));
  let politicalStatus = before;
  for (const step of developmentSteps) {
    if ('status' in step && recorded.has(step.code)) politicalStatus = step.status;
  }
  const admitted = recorded.has('admission_approved');
  const vote = history.steps.find((s) => s.code === 'admission_vote')?.date ?? null;
  return {
    politicalStatus,
    probationaryDate: admitted ? vote : null,
    fullMemberDate: recorded.has('full_approved') ? probationEnd(history) : null,
  };
}

/** Assessments repeat every six months until the status they lead to is reached. */
const repeatUntil: Record<string, string> = {
  activist_assessment: 'candidate_confirmed',
  probation_assessment: 'full_application',
};

/** The step to record next: the first of the 25 not yet recorded. */
export function nextStep(history: DevelopmentHistory) {
  const recorded = new Set(history.steps.map((s) => s.code));
  return developmentSteps.find((s) => !recorded.has(s.code)) ?? null;
}

/** Steps that may be recorded now: a repeated assessment while it still applies, and the next step. */
export function recordableSteps(history: DevelopmentHistory) {
  const next = nextStep(history);
  const recorded = new Set(history.steps.map((s) => s.code));
  const repeats = developmentSteps.filter(
    (s) => s.code in repeatUntil && recorded.has(s.code) && !recorded.has(repeatUntil[s.code] as never),
  );
  return [...repeats, ...(next ? [next] : [])];
}
