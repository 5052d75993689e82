import { describe, expect, it } from 'vitest';
import { figureKey, figureKeysIn, figureToken, parseFigureKey, segmentsOf } from '@/lib/report/figure-key';

describe('figure tokens', () => {
  it('give equal figures one key whatever the order of their filters', () => {
    expect(figureKey({ source: 'meetings', params: { measure: 'materials', kind: 'seminar' } })).toBe(
      'meetings:kind=seminar,measure=materials',
    );
    expect(figureKey({ source: 'notices', params: {} })).toBe('notices');
  });

  it('read back what they write', () => {
    const spec = { source: 'integrity', params: { what: 'letters', counterpart: '股室' } };
    const token = figureToken(spec);
    expect(token).toBe('{{integrity:counterpart=股室,what=letters}}');
    expect(parseFigureKey(token.slice(2, -2))).toEqual(spec);
  });

  it('refuse malformed keys', () => {
    for (const bad of ['', 'Meetings', 'meetings:kind', 'meetings:kind=a=b', 'a:b=c:d', 'meetings:=x'])
      expect(parseFigureKey(bad)).toBeNull();
    expect(() => figureToken({ source: 'outputs', params: { type: 'a,b' } })).toThrow();
  });

  it('split a paragraph into text and figures, keeping a malformed token visible', () => {
    expect(segmentsOf('年内召开支委会议{{meetings:kind=committee}}次，{{坏}}。')).toEqual([
      { kind: 'text', text: '年内召开支委会议' },
      {
        kind: 'figure',
        key: 'meetings:kind=committee',
        spec: { source: 'meetings', params: { kind: 'committee' } },
        raw: '{{meetings:kind=committee}}',
      },
      { kind: 'text', text: '次，' },
      { kind: 'figure', key: '坏', spec: null, raw: '{{坏}}' },
      { kind: 'text', text: '。' },
    ]);
    expect(figureKeysIn(['{{a}}{{b:x=1}}', '{{a}}'])).toEqual(['a', 'b:x=1']);
  });
});
