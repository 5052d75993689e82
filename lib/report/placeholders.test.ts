import { describe, expect, it } from 'vitest';
import { findPlaceholders, writePrompt } from '@/lib/report/placeholders';

describe('findPlaceholders', () => {
  it('finds the x runs the seed report left for numbers and years', () => {
    const text = '现将本人xxxx年工作报告如下：召开支委会议xx次、党员大会x次，确定发展对象X名。';
    expect(findPlaceholders(text)).toEqual([
      { index: text.indexOf('xxxx年'), match: 'xxxx' },
      { index: text.indexOf('xx次'), match: 'xx' },
      { index: text.indexOf('x次，'), match: 'x' },
      { index: text.indexOf('X名'), match: 'X' },
    ]);
  });

  it('finds 某某, ○○, ×× and full-width x, and the draft’s own prompts', () => {
    const text = `某某同志在××局发放ｘ万条，○○嘎查。${writePrompt('存在的主要问题')}`;
    expect(findPlaceholders(text).map((p) => p.match)).toEqual([
      '某某',
      '××',
      'ｘ',
      '○○',
      '【请填写：存在的主要问题】',
    ]);
  });

  it('leaves ordinary words, Latin words, the numeral 〇 and figure tokens alone', () => {
    const text =
      '某些问题在二〇二三年用Excel和xlsx统计，共{{meetings:kind=study}}次，{{list.rectification:what=found}}。';
    expect(findPlaceholders(text)).toEqual([]);
  });

  it('counts positions in the whole text, tokens included', () => {
    const text = '{{meetings:kind=committee}}次，x名';
    expect(findPlaceholders(text)).toEqual([{ index: text.indexOf('x名'), match: 'x' }]);
  });
});
