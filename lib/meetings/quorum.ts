import type { AttendanceStatus, AttendeeScope } from '@/lib/meetings/model';
import type { PoliticalStatus } from '@/lib/people/model';

export type QuorumResult = { valid: boolean; needed: number; message: string };

/** More than half of n: the smallest head count that is a majority. */
function majorityOf(n: number): number {
  return Math.floor(n / 2) + 1;
}

/**
 * A general meeting (支部党员大会) may vote only when the full members with voting rights who are
 * present exceed half of those who should attend. Probationary members do not count either way.
 */
export function generalMeetingQuorum({
  expectedVoting,
  presentVoting,
}: {
  expectedVoting: number;
  presentVoting: number;
}): QuorumResult {
  const needed = majorityOf(expectedVoting);
  const head = `应到有表决权党员${expectedVoting}人，实到${presentVoting}人`;
  if (expectedVoting <= 0) {
    return { valid: false, needed, message: `${head}，表决无效` };
  }
  if (presentVoting >= needed) {
    return { valid: true, needed, message: `${head}，超过半数，会议有效` };
  }
  return { valid: false, needed, message: `${head}，未超过半数（至少需${needed}人），表决无效` };
}

/** A committee (支委会) meeting needs more than half of the committee members present. */
export function committeeQuorum({ committeeSize, present }: { committeeSize: number; present: number }): QuorumResult {
  const needed = majorityOf(committeeSize);
  const head = `支委应到${committeeSize}人，实到${present}人`;
  if (committeeSize <= 0) {
    return { valid: false, needed, message: `${head}，未设支委，不能召开支委会` };
  }
  if (present >= needed) return { valid: true, needed, message: `${head}，超过半数` };
  return { valid: false, needed, message: `${head}，未超过半数（至少需${needed}人）` };
}

type Row = { politicalStatus: PoliticalStatus; status: AttendanceStatus | null; expected: boolean };

/**
 * The quorum that applies to a meeting, if any: the committee rule for a 支委会, the voting rule for a
 * general meeting that votes (only full members vote). Only those who should attend by the rule count
 * (`expected`, see `markExpected`): people listed beyond it are 列席 and count neither way.
 */
export function quorumFor(
  scope: AttendeeScope,
  code: string | null,
  hasVote: boolean,
  rows: Row[],
): QuorumResult | null {
  const expected = rows.filter((r) => r.expected);
  if (scope === 'committee') {
    return committeeQuorum({
      committeeSize: expected.length,
      present: expected.filter((r) => r.status === 'present').length,
    });
  }
  if (code === 'general' && hasVote) {
    const voting = expected.filter((r) => r.politicalStatus === 'full');
    return generalMeetingQuorum({
      expectedVoting: voting.length,
      presentVoting: voting.filter((r) => r.status === 'present').length,
    });
  }
  return null;
}
