import { describe, expect, it } from 'vitest';
import { counterpartPhrase, integrityFigures } from '@/lib/integrity/model';

describe('counterpartPhrase', () => {
  it('counts counterparts with the measure word of their kind, in the order given', () => {
    expect(
      counterpartPhrase([
        { kind: '分管领域负责人', counterparts: 2 },
        { kind: '股室', counterparts: 5 },
      ]),
    ).toBe('与2名分管领域负责人、5个股室签订');
  });

  it('leaves out kinds without counterparts and says nothing without letters', () => {
    expect(
      counterpartPhrase([
        { kind: '党员干部', counterparts: 0 },
        { kind: '其他', counterparts: 1 },
      ]),
    ).toBe('与1个其他签订');
    expect(counterpartPhrase([])).toBeNull();
  });
});

describe('integrityFigures', () => {
  it('gives the five figures of the year with their units, the letters with whom they were signed', () => {
    const figures = integrityFigures({
      aspects: { count: 4 },
      items: { count: 15 },
      letters: {
        count: 12,
        byKind: [
          { kind: '分管领域负责人', counterparts: 2 },
          { kind: '股室', counterparts: 5 },
        ],
      },
      talks: { count: 4 },
      meetings: { count: 3 },
    });
    expect(figures.map((f) => `${f.label} ${f.value}${f.unit}`)).toEqual([
      '责任清单方面 4个',
      '责任清单内容 15项',
      '签订承诺书 12份',
      '廉政谈话 4次',
      '专题会议 3次',
    ]);
    expect(figures[2].note).toBe('与2名分管领域负责人、5个股室签订');
    expect(figures.map((f) => f.part)).toEqual(['list', 'list', 'letters', 'talks', 'meetings']);
  });
});
