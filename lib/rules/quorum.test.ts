import { describe, expect, it } from 'vitest';
import { committeeQuorum, generalMeetingQuorum } from '@/lib/rules/quorum';

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
