import { describe, expect, it } from 'vitest';
import { markExpected } from '@/lib/meetings/expected-attendees';
import { committeeQuorum, generalMeetingQuorum, quorumFor } from '@/lib/meetings/quorum';

describe('generalMeetingQuorum', () => {
  it('is valid when more than half of the voting members are present', () => {
    expect(generalMeetingQuorum({ expectedVoting: 10, presentVoting: 6 })).toEqual({
      valid: true,
      needed: 6,
      message: '应到有表决权党员10人，实到6人，超过半数，会议有效',
    });
  });

  it('is invalid at exactly half', () => {
    expect(generalMeetingQuorum({ expectedVoting: 10, presentVoting: 5 })).toEqual({
      valid: false,
      needed: 6,
      message: '应到有表决权党员10人，实到5人，未超过半数（至少需6人），表决无效',
    });
    expect(generalMeetingQuorum({ expectedVoting: 20, presentVoting: 10 })).toMatchObject({ valid: false, needed: 11 });
    expect(generalMeetingQuorum({ expectedVoting: 20, presentVoting: 11 })).toMatchObject({ valid: true, needed: 11 });
  });

  it('handles odd sizes', () => {
    expect(generalMeetingQuorum({ expectedVoting: 3, presentVoting: 1 })).toMatchObject({ valid: false, needed: 2 });
    expect(generalMeetingQuorum({ expectedVoting: 3, presentVoting: 2 })).toMatchObject({ valid: true, needed: 2 });
    expect(generalMeetingQuorum({ expectedVoting: 1, presentVoting: 1 })).toMatchObject({ valid: true, needed: 1 });
    expect(generalMeetingQuorum({ expectedVoting: 21, presentVoting: 11 })).toMatchObject({ valid: true, needed: 11 });
    expect(generalMeetingQuorum({ expectedVoting: 21, presentVoting: 10 })).toMatchObject({ valid: false, needed: 11 });
  });

  it('is never valid when no voting member should attend', () => {
    const result = generalMeetingQuorum({ expectedVoting: 0, presentVoting: 0 });
    expect(result.valid).toBe(false);
    expect(result.needed).toBe(1);
    expect(result.message).toContain('应到有表决权党员0人');
    expect(result.message).toContain('表决无效');
    expect(generalMeetingQuorum({ expectedVoting: 0, presentVoting: 3 }).valid).toBe(false);
  });
});

describe('committeeQuorum', () => {
  it('needs more than half of the committee', () => {
    expect(committeeQuorum({ committeeSize: 3, present: 2 })).toEqual({
      valid: true,
      needed: 2,
      message: '支委应到3人，实到2人，超过半数',
    });
    expect(committeeQuorum({ committeeSize: 4, present: 2 })).toEqual({
      valid: false,
      needed: 3,
      message: '支委应到4人，实到2人，未超过半数（至少需3人）',
    });
    expect(committeeQuorum({ committeeSize: 4, present: 3 })).toMatchObject({ valid: true, needed: 3 });
    expect(committeeQuorum({ committeeSize: 3, present: 1 })).toMatchObject({ valid: false, needed: 2 });
    expect(committeeQuorum({ committeeSize: 5, present: 3 })).toMatchObject({ valid: true, needed: 3 });
  });

  it('is not valid without a committee', () => {
    const result = committeeQuorum({ committeeSize: 0, present: 0 });
    expect(result.valid).toBe(false);
    expect(result.needed).toBe(1);
    expect(result.message).toContain('支委应到0人');
  });
});

const row = (
  politicalStatus: 'full' | 'probationary',
  status: 'present' | 'leave' | 'absent' | null,
  expected = true,
) => ({ politicalStatus, status, expected });

describe('quorumFor', () => {
  it('counts every committee member at a 支委会, present or not', () => {
    const rows = [row('full', 'present'), row('full', 'present'), row('full', 'leave')];
    expect(quorumFor('committee', 'committee', false, rows)?.needed).toBe(2);
    expect(quorumFor('committee', 'committee', false, rows)?.valid).toBe(true);
    expect(
      quorumFor('committee', 'committee', false, [row('full', 'present'), row('full', 'absent'), row('full', 'leave')])
        ?.valid,
    ).toBe(false);
  });

  it('counts only full members at a general meeting that votes: probationary members have no vote', () => {
    // Two of three full members present: a majority, whatever the probationary members do.
    const rows = [
      row('full', 'present'),
      row('full', 'present'),
      row('full', 'absent'),
      row('probationary', 'absent'),
      row('probationary', 'absent'),
    ];
    expect(quorumFor('members', 'general', true, rows)).toMatchObject({ valid: true, needed: 2 });
    // One of three full members present is no majority, even with both probationary members there.
    const fewVoters = [
      row('full', 'present'),
      row('full', 'absent'),
      row('full', 'absent'),
      row('probationary', 'present'),
      row('probationary', 'present'),
    ];
    expect(quorumFor('members', 'general', true, fewVoters)?.valid).toBe(false);
  });

  it('has no quorum for a general meeting without a vote, nor for other meetings', () => {
    const rows = [row('full', 'absent')];
    expect(quorumFor('members', 'general', false, rows)).toBeNull();
    expect(quorumFor('members', 'lecture', true, rows)).toBeNull();
  });

  it('leaves 列席 out of a 支委会: five committee members, three present, and two ordinary members added', () => {
    const committee = (status: 'present' | 'absent') => ({
      politicalStatus: 'full' as const,
      committeeTitle: '委员',
      groupId: 1,
      status,
    });
    const ordinary = { politicalStatus: 'full' as const, committeeTitle: null, groupId: 1, status: 'absent' as const };
    const listed = markExpected(
      [
        committee('present'),
        committee('present'),
        committee('present'),
        committee('absent'),
        committee('absent'),
        ordinary,
        ordinary,
      ],
      'committee',
      null,
    );
    expect(listed.map((r) => r.expected)).toEqual([true, true, true, true, true, false, false]);
    expect(quorumFor('committee', 'committee', false, listed)).toEqual({
      valid: true,
      needed: 3,
      message: '支委应到5人，实到3人，超过半数',
    });
  });

  it('does not count 列席 present either: only the committee is counted as 实到', () => {
    const rows = [row('full', 'present'), row('full', 'absent'), row('full', 'absent'), row('full', 'present', false)];
    expect(quorumFor('committee', 'committee', false, rows)?.message).toBe(
      '支委应到3人，实到1人，未超过半数（至少需2人）',
    );
  });

  it('counts only expected full members at a general meeting that votes', () => {
    const rows = [row('full', 'present'), row('full', 'absent'), row('full', 'absent', false)];
    expect(quorumFor('members', 'general', true, rows)).toMatchObject({ valid: false, needed: 2 });
    expect(quorumFor('members', 'general', true, rows)?.message).toContain('应到有表决权党员2人，实到1人');
  });
});
