import { describe, expect, it } from 'vitest';
import { findUnprintable, hasUnprintable } from '@/lib/validation/printable';

describe('hasUnprintable', () => {
  it('lets ordinary text through, with tabs, line breaks, Chinese and emoji', () => {
    for (const text of ['', '支部 工作\t记录\r\n第二行', '👨‍👩‍👧 😀', '<script>alert(1)</script>', '\u3000全角空格']) {
      expect(hasUnprintable(text), JSON.stringify(text)).toBe(false);
    }
  });

  it('finds control characters, lone surrogates and non-characters', () => {
    for (const text of [
      'a\u0000b',
      'a\u0007',
      '\u000Bx',
      'x\u001B[31m',
      'a\u007Fb',
      'a\u0085b',
      'a\uD800b',
      'a\uDFFF',
      'x\uFFFE',
      '😀'.slice(0, 1),
    ]) {
      expect(hasUnprintable(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('finds the controls that reorder text on screen', () => {
    for (const text of ['王\u202e强明', 'a\u202Ab', 'a\u202Db', '\u2066x\u2069', 'x\u200E', 'x\u200F']) {
      expect(hasUnprintable(text), JSON.stringify(text)).toBe(true);
    }
  });
});

describe('findUnprintable', () => {
  it('names the path of the first bad string in parsed input and skips files', () => {
    expect(findUnprintable({ title: 'ok', rows: [{ note: 'fine' }, { note: 'bad\u0001' }] })).toBe('rows.1.note');
    expect(findUnprintable({ file: new File(['\u0000'], 'a.png'), title: 'ok' })).toBeNull();
    expect(findUnprintable('\u0000')).toBe('');
    expect(findUnprintable({ n: 1, b: true, d: null })).toBeNull();
  });
});
