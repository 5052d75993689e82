import { type NoticeState, noticeStateLabels } from '@/lib/rectification/model';

/*
 * 党务公开: 提出 → 审核 (with an explicit secrecy check) → 审批 → 公开. Each rule returns the refusal in
 * Chinese, or null when the step is allowed.
 */

export type NoticeStep = 'review' | 'approve' | 'publish';

export const noticeSteps: Record<NoticeStep, { from: NoticeState; to: NoticeState; label: string }> = {
  review: { from: 'proposed', to: 'reviewed', label: '审核' },
  approve: { from: 'reviewed', to: 'approved', label: '审批' },
  publish: { from: 'approved', to: 'published', label: '公开' },
};

export function stepRefusal(state: NoticeState, step: NoticeStep, secrecyChecked: boolean): string | null {
  const { from, label } = noticeSteps[step];
  if (state !== from) return `该事项当前为“${noticeStateLabels[state]}”，不能${label}`;
  if (step === 'review' && !secrecyChecked) return '审核须确认已进行保密审查';
  return null;
}

/**
 * The branch's four-eyes rule, when it has one: whoever put an item forward neither reviews nor approves
 * it, so at least two people have seen what is made public.
 */
export function fourEyesRefusal(step: NoticeStep, actorId: number, proposerId: number | null): string | null {
  if (step === 'publish' || proposerId === null || actorId !== proposerId) return null;
  return `本支部要求党务公开事项由提出人以外的人${noticeSteps[step].label}`;
}

/** Content changes only before review, so what was checked for secrets is what gets published. */
export function editRefusal(state: NoticeState): string | null {
  return state === 'proposed' ? null : '只有尚未审核的事项可以修改';
}

/** Anyone who may propose may withdraw before publication; once public, only an approver may. */
export function withdrawRefusal(state: NoticeState, mayApprove: boolean): string | null {
  if (state === 'withdrawn') return '该事项已撤回';
  if (state === 'published' && !mayApprove) return '已公开的事项只能由书记撤回';
  return null;
}

export function readRefusal(state: NoticeState): string | null {
  return state === 'published' ? null : '该事项尚未公开';
}
