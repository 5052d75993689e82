/**
 * What a row of the action table holds (tests/support/action-table.ts assembles the areas' tables), and what
 * the areas' rows share: who writes, fresh names, and the people of the caller's branch the payloads name.
 */
import type { SessionUser } from '@/lib/auth/session-user';
import * as f from '@/tests/support/fixtures';
import type { DemoUsername } from '@/tests/support/session';

export type ActionRow = {
  allowed: DemoUsername[];
  /** Built at call time, so versions are current and new usernames are unused. */
  payload: (user: SessionUser) => unknown;
  /**
   * What its audit entry names: one record (the default); a batch of records of one kind (an import,
   * a copied list), with no single id; or nothing, for an action that changes only the caller's own
   * preference cookie and writes no row at all.
   */
  audits?: 'batch' | 'nothing';
  /**
   * Called by an organisation's account, the write is to a branch's record (a review of its report): the
   * branch its audit entry names. Otherwise an organisation's account files its entries under its organisation.
   */
  reviewsBranch?: (user: SessionUser) => number;
  /** A second audit entry, by the caller, in the branch the action reaches (a transfer's receiving branch). */
  alsoAuditsBranch?: (user: SessionUser) => number;
  /**
   * A refusal may still count an attempt against the caller's own account (a wrong current password
   * counts toward the sign-in lock); nothing else is written.
   */
  countsRefusals?: true;
};

/** An area's actions by name. */
export type ActionTable = Record<string, ActionRow>;

export const statisticsId = f.branchIdOf(f.statisticsBranchName);
export const financeId = f.branchIdOf(f.financeBranchName);

export const meetingWriters: DemoUsername[] = ['shuji', 'zuzhi', 'caizheng'];
export const secretaries: DemoUsername[] = ['shuji', 'caizheng'];

let count = 0;
/** A number no payload of this run has used yet, for names that must be new. */
export const serial = () => ++count;

/** People of the caller's branch (a reviewer works on its active branch) that the payloads name. */
export function targetsFor(user: SessionUser) {
  const inStatistics = user.branchId === statisticsId;
  return {
    person: f.personNamed(inStatistics ? '刘建军' : '乔振宇'),
    committeeMember: f.personNamed(inStatistics ? '李娜' : '白雪'),
  };
}
