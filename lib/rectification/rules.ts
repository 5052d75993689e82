import type { RectificationState } from '@/lib/rectification/model';

/*
 * The rectification state machine: 整改中 → 已完成 (with evidence) → 已销号 (checked off by someone else);
 * the secretary may reopen a completed or checked-off item, with a reason. Each rule returns the
 * refusal in Chinese, or null when the step is allowed.
 */

export type RectificationFacts = {
  state: RectificationState;
  responsiblePersonId: number;
  evidence: string | null;
  attachmentCount: number;
  /** The account that marked the item completed. */
  completedBy: number | null;
};

/** Who is acting: their account, and the person it belongs to (a reviewer has none). */
export type Actor = { accountId: number; personId: number | null };

export function hasEvidence(item: Pick<RectificationFacts, 'evidence' | 'attachmentCount'>): boolean {
  return !!item.evidence?.trim() || item.attachmentCount > 0;
}

/** The problem, measures, person and deadline change only while the item is still being rectified. */
export function editRefusal(item: Pick<RectificationFacts, 'state'>): string | null {
  return item.state === 'in_progress' ? null : '只有整改中的事项可以修改；已完成或已销号的事项须先由书记重新打开';
}

/** Evidence (text and files) may change until the item is checked off. */
export function evidenceRefusal(item: Pick<RectificationFacts, 'state'>): string | null {
  return item.state === 'checked_off' ? '该事项已销号，整改情况不能再修改；如需修改，请由书记重新打开' : null;
}

export function completionRefusal(item: RectificationFacts): string | null {
  if (item.state !== 'in_progress') return '只有整改中的事项可以标记为已完成';
  if (!hasEvidence(item)) return '请先填写整改完成情况或上传佐证材料，再标记为已完成';
  return null;
}

/**
 * 对账销号: only a completed item with evidence, and never by the person responsible for it nor by the
 * account that marked it completed — nobody closes their own item.
 */
export function checkOffRefusal(item: RectificationFacts, actor: Actor): string | null {
  if (item.state === 'checked_off') return '该事项已销号';
  if (item.state !== 'completed') return '该事项尚未完成整改，不能销号';
  if (!hasEvidence(item)) return '该事项没有整改佐证，不能销号';
  if (actor.personId === null) return '您的账户未关联人员信息，不能销号';
  if (actor.personId === item.responsiblePersonId) return '责任人不能为自己负责的事项销号，请由其他支委委员对账销号';
  if (actor.accountId === item.completedBy) return '标记完成的人不能再为同一事项销号，请由其他支委委员对账销号';
  return null;
}

export function reopenRefusal(item: Pick<RectificationFacts, 'state'>, reason: string | null): string | null {
  if (item.state === 'in_progress') return '该事项仍在整改中，无需重新打开';
  if (!reason?.trim()) return '重新打开须填写原因';
  return null;
}

/** Still being rectified after its deadline. Dates are 'YYYY-MM-DD'. */
export function isOverdue(item: { state: RectificationState; deadline: string }, today: string): boolean {
  return item.state === 'in_progress' && item.deadline < today;
}

export function yearStart(year: number): string {
  return `${year}-01-01`;
}

/**
 * Found in an earlier year and not checked off when the year began: last year's unresolved problem,
 * which this year's report must take up again.
 */
export function isCarriedOver(item: { foundDate: string; checkedOffAt: string | null }, year: number): boolean {
  const start = yearStart(year);
  return item.foundDate < start && (item.checkedOffAt === null || item.checkedOffAt >= start);
}
