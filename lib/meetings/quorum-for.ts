import type { AttendanceStatus, AttendeeScope } from '@/lib/domain/meetings';
import type { PoliticalStatus } from '@/lib/domain/people';
import { committeeQuorum, generalMeetingQuorum, type QuorumResult } from '@/lib/rules/quorum';

type Row = { politicalStatus: PoliticalStatus; status: AttendanceStatus | null };

/**
 * The quorum that applies to a meeting, if any: the committee rule for a 支委会, the voting rule for a
 * general meeting that votes (only full members vote).
 */
export function quorumFor(
  scope: AttendeeScope,
  code: string | null,
  hasVote: boolean,
  rows: Row[],
): QuorumResult | null {
  if (scope === 'committee') {
    return committeeQuorum({ committeeSize: rows.length, present: rows.filter((r) => r.status === 'present').length });
  }
  if (code === 'general' && hasVote) {
    const voting = rows.filter((r) => r.politicalStatus === 'full');
    return generalMeetingQuorum({
      expectedVoting: voting.length,
      presentVoting: voting.filter((r) => r.status === 'present').length,
    });
  }
  return null;
}
