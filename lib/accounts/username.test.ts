import { describe, expect, it } from 'vitest';
import { suggestUsername } from '@/lib/accounts/username';

describe('a suggested username', () => {
  it('is the surname in full and the initials of the given name', () => {
    expect(suggestUsername('王海燕', new Set())).toBe('wanghy');
    expect(suggestUsername('孟庆华', new Set())).toBe('mengqh');
    expect(suggestUsername(' 吕布 ', new Set())).toBe('lvb');
  });

  it('reads a surname by its surname pronunciation and keeps two-character surnames whole', () => {
    expect(suggestUsername('单雄信', new Set())).toBe('shanxx');
    expect(suggestUsername('欧阳娜娜', new Set())).toBe('ouyangnn');
  });

  it('spells short names in full and names without a surname as they come', () => {
    expect(suggestUsername('马丁', new Set())).toBe('mad');
    expect(suggestUsername('巴图孟和', new Set())).toBe('batmh');
  });

  it('is made unique with a number', () => {
    expect(suggestUsername('王海燕', new Set(['wanghy']))).toBe('wanghy2');
    expect(suggestUsername('王海燕', new Set(['wanghy', 'wanghy2']))).toBe('wanghy3');
  });

  it('always fits the username rule', () => {
    for (const name of ['王海燕', '乌日汗', '敖登格日乐', 'Anna', '李', '1号']) {
      expect(suggestUsername(name, new Set())).toMatch(/^[a-z][a-z0-9_.-]{2,31}$/);
    }
  });
});
