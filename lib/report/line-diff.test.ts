import { describe, expect, it } from 'vitest';
import { lineDiff } from '@/lib/report/line-diff';

describe('lineDiff', () => {
  it('marks kept, removed and added paragraphs in order', () => {
    expect(lineDiff('甲\n乙\n丙', '甲\n丁\n丙\n戊')).toEqual([
      { kind: 'same', text: '甲' },
      { kind: 'removed', text: '乙' },
      { kind: 'added', text: '丁' },
      { kind: 'same', text: '丙' },
      { kind: 'added', text: '戊' },
    ]);
  });

  it('finds nothing to mark between equal texts', () => {
    expect(lineDiff('甲\n乙', '甲\n乙').every((l) => l.kind === 'same')).toBe(true);
  });
});
