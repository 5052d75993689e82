import { describe, expect, it } from 'vitest';
import { editRefusal, fourEyesRefusal, readRefusal, stepRefusal, withdrawRefusal } from '@/lib/notices/rules';

describe('the notice flow', () => {
  it('goes 提出 → 审核 → 审批 → 公开, one step at a time', () => {
    expect(stepRefusal('proposed', 'review', true)).toBeNull();
    expect(stepRefusal('reviewed', 'approve', false)).toBeNull();
    expect(stepRefusal('approved', 'publish', false)).toBeNull();
    expect(stepRefusal('proposed', 'approve', true)).toBe('该事项当前为“已提出”，不能审批');
    expect(stepRefusal('reviewed', 'publish', true)).toBe('该事项当前为“已审核”，不能公开');
    expect(stepRefusal('published', 'review', true)).toContain('不能审核');
    expect(stepRefusal('withdrawn', 'publish', true)).toContain('已撤回');
  });

  it('passes review only with the secrecy check confirmed', () => {
    expect(stepRefusal('proposed', 'review', false)).toBe('审核须确认已进行保密审查');
  });

  it('lets the content change only before review', () => {
    expect(editRefusal('proposed')).toBeNull();
    for (const state of ['reviewed', 'approved', 'published', 'withdrawn'] as const)
      expect(editRefusal(state)).not.toBeNull();
  });

  it('lets a proposer withdraw before publication and only an approver after it', () => {
    expect(withdrawRefusal('proposed', false)).toBeNull();
    expect(withdrawRefusal('approved', false)).toBeNull();
    expect(withdrawRefusal('published', false)).toContain('书记');
    expect(withdrawRefusal('published', true)).toBeNull();
    expect(withdrawRefusal('withdrawn', true)).toBe('该事项已撤回');
  });

  it('can be marked read only once public', () => {
    expect(readRefusal('published')).toBeNull();
    expect(readRefusal('approved')).toBe('该事项尚未公开');
  });
});

describe('the four-eyes rule', () => {
  it('refuses the proposer as reviewer and as approver, and lets anyone else through', () => {
    expect(fourEyesRefusal('review', 7, 7)).toBe('本支部要求党务公开事项由提出人以外的人审核');
    expect(fourEyesRefusal('approve', 7, 7)).toBe('本支部要求党务公开事项由提出人以外的人审批');
    expect(fourEyesRefusal('review', 8, 7)).toBeNull();
    expect(fourEyesRefusal('approve', 8, 7)).toBeNull();
  });

  it('leaves publishing, and items whose proposer is unknown, to the usual rules', () => {
    expect(fourEyesRefusal('publish', 7, 7)).toBeNull();
    expect(fourEyesRefusal('review', 7, null)).toBeNull();
  });
});
