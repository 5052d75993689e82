import { segmentsOf } from '@/lib/report/figure-key';

/**
 * The editor's document for a stored text, and back. A report section is stored as plain text: one
 * paragraph per line, figures as `{{…}}` tokens. In the editor each line is a paragraph node and each
 * token an atomic `figure` node holding the token's inside exactly as stored, so that text → document
 * → text gives back the same bytes (blank lines, spaces and malformed tokens included) and every
 * version stored before the editor opens unchanged.
 */
export type FigureNode = { type: 'figure'; attrs: { token: string } };
export type TextNode = { type: 'text'; text: string };
export type InlineNode = TextNode | FigureNode;
export type ParagraphNode = { type: 'paragraph'; content?: InlineNode[] };
export type ReportDocument = { type: 'doc'; content: ParagraphNode[] };

/** A line of text as a paragraph node: text runs and figure tokens. */
function paragraphOf(line: string): ParagraphNode {
  const content: InlineNode[] = segmentsOf(line).map((segment) =>
    segment.kind === 'text'
      ? { type: 'text', text: segment.text }
      : { type: 'figure', attrs: { token: segment.raw.slice(2, -2) } },
  );
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function documentOf(text: string): ReportDocument {
  return { type: 'doc', content: text.split('\n').map(paragraphOf) };
}

/** What the editor's JSON may hold: the nodes above, or others a future schema adds (written as their text). */
type JsonNode = { type?: string; text?: string; attrs?: Record<string, unknown>; content?: JsonNode[] };

function inlineText(node: JsonNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'figure') return `{{${String(node.attrs?.token ?? '')}}}`;
  return (node.content ?? []).map(inlineText).join('');
}

export function textOf(document: JsonNode): string {
  return (document.content ?? []).map(inlineText).join('\n');
}
