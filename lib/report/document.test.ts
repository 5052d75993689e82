import { getSchema } from '@tiptap/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentOf, textOf } from '@/lib/report/document';
import { bodyExtensions, headingExtensions } from '@/lib/report/editor-schema';

const bodySchema = getSchema(bodyExtensions);
const headingSchema = getSchema(headingExtensions);

/** Through the editor's schema and back, as the editor loads and saves a text. */
function throughEditor(text: string, schema = bodySchema): string {
  const node = schema.nodeFromJSON(documentOf(text));
  node.check();
  return textOf(node.toJSON());
}

describe('a stored text in the editor', () => {
  it('is a paragraph per line, with each token one figure node', () => {
    expect(documentOf('全年召开支委会{{meetings:kind=committee}}次。\n\n其他')).toEqual({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: '全年召开支委会' },
            { type: 'figure', attrs: { token: 'meetings:kind=committee' } },
            { type: 'text', text: '次。' },
          ],
        },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: '其他' }] },
      ],
    });
  });

  it('comes back byte for byte: blank lines, spaces, malformed and broken tokens, braces', () => {
    for (const text of [
      '',
      '\n',
      '  两个空格开头，结尾也有  ',
      '{{meetings:kind=committee}}{{talks}}',
      '{{ meetings : kind = study }}与{{not a token}}与{{meetings:kind=study}次',
      '单个{括号}与}}反向{{',
      '第一段\n\n\n第三段\r\n带回车',
    ])
      expect(throughEditor(text)).toBe(text);
  });

  it('comes back byte for byte for any text a user could have stored', () => {
    const pieces = fc.oneof(
      fc.string(),
      fc.constantFrom('{{', '}}', '{', '}', '\n', ' ', '{{meetings:kind=committee}}', '{{list.theme_days}}', '次。'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(throughEditor(text)).toBe(text);
      }),
    );
  });

  it('a heading is one line with its figures', () => {
    const heading = '（四）{{meetings:kind=committee}}次支委会';
    expect(throughEditor(heading, headingSchema)).toBe(heading);
  });
});
