import { type DevelopmentHistory, firstUnrecorded, probationEnd, stepLabel } from '@/lib/development/rules';
import { developmentSteps, type RuleFinding } from '@/lib/development/steps';
import type { PoliticalStatus } from '@/lib/people/model';

export type DerivedMembership = {
  politicalStatus: PoliticalStatus;
  probationaryDate: string | null;
  fullMemberDate: string | null;
};

/**
 * What a person's political status and membership dates are after the recorded steps: the status of the
 * last status-changing step; membership counted from the admission vote; full membership (and 党龄)
 * from the end of the probationary year, not from the approval date. A stopped record leaves the person
 * 群众 with no membership dates (a full member's record cannot be stopped, see checkStop).
 */
export function membershipFromSteps(history: DevelopmentHistory, before: PoliticalStatus): DerivedMembership {
  if (history.stoppedAt) return { politicalStatus: 'masses', probationaryDate: null, fullMemberDate: null };
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

/** The step to record next: the first of the 25 not yet done. */
export function nextStep(history: DevelopmentHistory) {
  const code = firstUnrecorded(history);
  return developmentSteps.find((s) => s.code === code) ?? null;
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

/** What stopping a record is called: cancelling a probationary member's qualification, or ending the development. */
export function stopKind(history: DevelopmentHistory): '取消预备党员资格' | '终止发展' {
  return history.steps.some((s) => s.code === 'admission_approved') ? '取消预备党员资格' : '终止发展';
}

/**
 * Errors that refuse stopping a record on date (a valid 'YYYY-MM-DD'): a record already stopped; a full
 * member's record (development ended in membership); a date before the last recorded step or after today.
 */
export function checkStop(history: DevelopmentHistory, date: string, today: string): RuleFinding[] {
  if (history.stoppedAt) {
    return [{ rule: 'stopped', message: `发展记录已于 ${history.stoppedAt} 终止，不能再次终止` }];
  }
  const full = history.steps.find((s) => s.code === 'full_approved');
  if (full) {
    return [
      {
        rule: 'stop-full-member',
        message: `正式党员的发展记录不能终止：已于 ${full.date} 完成${stepLabel('full_approved')}，转为正式党员`,
      },
    ];
  }
  const what = stopKind(history);
  const errors: RuleFinding[] = [];
  const last = history.steps.reduce<DevelopmentHistory['steps'][number] | null>(
    (a, s) => (a === null || s.date >= a.date ? s : a),
    null,
  );
  if (last && date < last.date) {
    errors.push({
      rule: 'date-order',
      message: `${what}日期不能早于已记录的步骤：${stepLabel(last.code)}日期为 ${last.date}，${what}日期为 ${date}`,
    });
  }
  if (date > today) {
    errors.push({
      rule: 'date-not-future',
      message: `${what}日期不能晚于今天：${what}日期为 ${date}，今天是 ${today}`,
    });
  }
  return errors;
}
