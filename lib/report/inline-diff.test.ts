import { describe, expect, it } from 'vitest';
import { inlineDiff, resolvedText, textDiff } from '@/lib/report/inline-diff';

const values: Record<string, string> = { 'meetings:kind=study': '12', 'meetings:kind=committee': '8' };
const figureText = (key: string) => values[key] ?? `【${key}】`;

describe('inlineDiff', () => {
  it('marks the changed characters of a Chinese sentence, keeping the rest', () => {
    expect(inlineDiff('全年开展集中学习十次。', '全年开展专题学习十二次。', figureText)).toEqual([
      { kind: 'same', text: '全年开展' },
      { kind: 'removed', text: '集中' },
      { kind: 'added', text: '专题' },
      { kind: 'same', text: '学习十' },
      { kind: 'added', text: '二' },
      { kind: 'same', text: '次。' },
    ]);
  });

  it('shows figures as their values and compares them whole', () => {
    expect(
      inlineDiff('召开会议{{meetings:kind=study}}次。', '召开会议{{meetings:kind=committee}}次。', figureText),
    ).toEqual([
      { kind: 'same', text: '召开会议' },
      { kind: 'removed', text: '12' },
      { kind: 'added', text: '8' },
      { kind: 'same', text: '次。' },
    ]);
  });

  it('finds nothing changed between equal paragraphs', () => {
    expect(inlineDiff('甲乙{{meetings:kind=study}}', '甲乙{{meetings:kind=study}}', figureText)).toEqual([
      { kind: 'same', text: '甲乙12' },
    ]);
  });
});

describe('resolvedText', () => {
  it('writes every figure token as its value', () => {
    expect(resolvedText('学习{{meetings:kind=study}}次，支委会{{meetings:kind=committee}}次', figureText)).toBe(
      '学习12次，支委会8次',
    );
  });
});

describe('textDiff', () => {
  it('sets an edited paragraph against its old version and keeps added and removed ones whole', () => {
    const before = '一、学习\n开展学习{{meetings:kind=study}}次。\n旧的段落，整段删去。';
    const after = '一、学习\n开展专题学习{{meetings:kind=study}}次。\n新增：建立积分制度。';
    expect(textDiff(before, after, figureText)).toEqual([
      { kind: 'same', text: '一、学习' },
      {
        kind: 'changed',
        pieces: [
          { kind: 'same', text: '开展' },
          { kind: 'added', text: '专题' },
          { kind: 'same', text: '学习12次。' },
        ],
      },
      { kind: 'removed', text: '旧的段落，整段删去。' },
      { kind: 'added', text: '新增：建立积分制度。' },
    ]);
  });

  it('never shows a raw figure token', () => {
    const rows = textDiff(
      '{{meetings:kind=study}}',
      '{{meetings:kind=study}}\n{{meetings:kind=committee}}',
      figureText,
    );
    expect(JSON.stringify(rows)).not.toContain('{{');
    expect(rows).toEqual([
      { kind: 'same', text: '12' },
      { kind: 'added', text: '8' },
    ]);
  });
});
