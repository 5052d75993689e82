import { describe, expect, it } from 'vitest';
import { disciplineCellText, readDisciplineCell } from '@/lib/roster/discipline-cell';

describe('the roster workbook’s 党纪处分 cell', () => {
  const records = [
    { kind: 'serious_warning', decidedOn: '2021-05-06', until: null, decidedBy: '县纪委', reason: null },
    { kind: 'probation', decidedOn: '2024-03-10', until: '2026-03-09', decidedBy: '县纪委', reason: '违反组织纪律' },
  ] as const;

  it('writes each record as 种类[期限]，日期，机关[，事由] and reads the same records back', () => {
    const text = disciplineCellText([...records]);
    expect(text).toBe('严重警告，2021-05-06，县纪委；留党察看两年，2024-03-10，县纪委，违反组织纪律');
    expect(readDisciplineCell(text!)).toEqual({ records, problems: [] });
    expect(disciplineCellText([])).toBeNull();
  });

  it('reads the usual variants: brackets, 1年, half-width commas, dates with slashes', () => {
    expect(readDisciplineCell('留党察看（1年）, 2024/3/10, 县纪委').records).toEqual([
      { kind: 'probation', decidedOn: '2024-03-10', until: '2025-03-09', decidedBy: '县纪委', reason: null },
    ]);
  });

  it('names every record it cannot read and why', () => {
    expect(readDisciplineCell('记过，2024-03-10，县纪委').problems).toEqual([
      expect.stringContaining('「记过，2024-03-10，县纪委」无法识别'),
    ]);
    expect(readDisciplineCell('留党察看，2024-03-10，县纪委').problems).toEqual([
      '「留党察看，2024-03-10，县纪委」：留党察看须选择察看期限（一年或两年）',
    ]);
    expect(readDisciplineCell('警告一年，2024-03-10，县纪委').problems).toEqual([
      '「警告一年，2024-03-10，县纪委」：只有留党察看有察看期限，其他处分请留空',
    ]);
    const two = readDisciplineCell('警告，2024-13-01，县纪委；严重警告，2099-01-01，县纪委');
    expect(two.records).toEqual([]);
    expect(two.problems).toEqual([
      expect.stringMatching(/^第1条「警告，2024-13-01，县纪委」：处分决定日期应为有效日期/),
      '第2条「严重警告，2099-01-01，县纪委」：处分决定日期不能晚于今天',
    ]);
    expect(readDisciplineCell('警告，2024-03-10').problems).toEqual([expect.stringContaining('无法识别')]);
  });
});
