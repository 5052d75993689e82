import { describe, expect, it } from 'vitest';
import { quorumFor } from '@/lib/meetings/quorum-for';

const row = (politicalStatus: 'full' | 'probationary', status: 'present' | 'leave' | 'absent' | null) => ({
  politicalStatus,
  status,
});

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
});
