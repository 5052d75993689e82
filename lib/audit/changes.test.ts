import { describe, expect, it } from 'vitest';
import { changedFields } from '@/lib/audit/changes';

const labels = { problem: '问题', deadline: '整改时限', measures: '整改措施' };

describe('changedFields', () => {
  it('names the labelled fields whose value changed, in label order', () => {
    const before = { problem: '甲', deadline: '2026-01-01', measures: null, version: 1 };
    const after = { problem: '甲', deadline: '2026-03-01', measures: '走访', version: 2 };
    expect(changedFields(before, after, labels)).toEqual(['整改时限', '整改措施']);
  });

  it('treats missing and null alike and skips fields the change does not carry', () => {
    expect(changedFields({ measures: null }, { measures: undefined }, labels)).toEqual([]);
    expect(changedFields(null, { problem: '新问题' }, labels)).toEqual(['问题']);
    expect(changedFields({ problem: '甲' }, {}, labels)).toEqual([]);
  });
});
