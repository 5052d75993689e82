import { describe, expect, it } from 'vitest';
import { idList, optionalText, requiredText } from '@/lib/validation/fields';

describe('text fields', () => {
  it('take text made only of invisible characters as empty', () => {
    const name = requiredText('姓名', 20);
    for (const invisible of ['\u200B', '\u200B\u200C\u200D', ' \uFEFF ', '\u2060']) {
      expect(name.safeParse(invisible).success, JSON.stringify(invisible)).toBe(false);
      expect(optionalText('备注').parse(invisible)).toBeNull();
    }
    expect(name.parse(' 王强 ')).toBe('王强');
    // An emoji joined with U+200D is text, not emptiness.
    expect(optionalText('备注').parse('👨\u200D👩')).toBe('👨\u200D👩');
  });
});

describe('id lists', () => {
  it('keep each id once, in the order first sent', () => {
    expect(idList('参与人员').parse(['3', '1', '3', 1])).toEqual([3, 1]);
    expect(idList('参与人员').parse('')).toEqual([]);
  });
});
