import { describe, expect, it } from 'vitest';
import { randomInitialPassword, roleForCommitteeTitle, roleMismatch } from '@/lib/accounts/suggestions';

describe('the role a 支委职务 suggests', () => {
  it('makes the 书记 the secretary, other committee members committee, everyone else a member', () => {
    expect(roleForCommitteeTitle('书记')).toBe('secretary');
    expect(roleForCommitteeTitle('组织委员')).toBe('committee');
    expect(roleForCommitteeTitle('副书记')).toBe('committee');
    expect(roleForCommitteeTitle(null)).toBe('member');
  });

  it('warns when a role gives more than the person’s 职务 suggests', () => {
    expect(roleMismatch('committee', null)).toContain('没有支委职务');
    expect(roleMismatch('secretary', '组织委员')).toContain('不是书记');
    expect(roleMismatch('secretary', '书记')).toBeNull();
    expect(roleMismatch('committee', '宣传委员')).toBeNull();
    expect(roleMismatch('member', '组织委员')).toBeNull();
  });
});

describe('a random initial password', () => {
  const fromSeed = (seed: number) => (bounds: number[]) => bounds.map((bound, i) => (seed * 7919 + i * 104729) % bound);

  it('has ten characters, a letter first, at least one digit, and no look-alikes', () => {
    for (let seed = 0; seed < 200; seed++) {
      const password = randomInitialPassword(fromSeed(seed));
      expect(password).toMatch(/^[A-Za-z][A-Za-z2-9]{9}$/);
      expect(password).toMatch(/\d/);
      expect(password).not.toMatch(/[01OlI]/);
    }
  });

  it('differs with the random numbers', () => {
    expect(
      new Set(Array.from({ length: 50 }, (_, seed) => randomInitialPassword(fromSeed(seed)))).size,
    ).toBeGreaterThan(40);
  });
});
