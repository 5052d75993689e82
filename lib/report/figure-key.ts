/**
 * A figure in the report's text is a token `{{source:param=value,param=value}}`: what to count (the
 * source) and its filters. The year and branch are the report's, never part of the token, so a text
 * carried over to next year counts next year's records. Tokens whose source starts with `list.` stand
 * for a list drawn from the records (theme days with topics and places …) instead of a number.
 */
export type FigureSpec = { source: string; params: Record<string, string> };

const tokenPattern = /\{\{([^{}]+)\}\}/g;
const forbidden = /[{},=:]/;

/** The canonical key of a spec: params sorted, so equal figures share one key. */
export function figureKey(spec: FigureSpec): string {
  const params = Object.entries(spec.params)
    .filter(([, v]) => v !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return params ? `${spec.source}:${params}` : spec.source;
}

/** A spec from the inside of a token, or null when it is malformed. */
export function parseFigureKey(key: string): FigureSpec | null {
  const [source, rest, extra] = key.trim().split(':');
  if (!source || extra !== undefined || !/^[a-z][a-z_.]*$/.test(source)) return null;
  const params: Record<string, string> = {};
  if (rest !== undefined && rest !== '') {
    for (const pair of rest.split(',')) {
      const [k, v, more] = pair.split('=');
      if (!k || v === undefined || v === '' || more !== undefined || !/^[a-z_]+$/.test(k.trim())) return null;
      params[k.trim()] = v.trim();
    }
  }
  return { source, params };
}

export function figureToken(spec: FigureSpec): string {
  for (const [k, v] of Object.entries(spec.params)) {
    if (forbidden.test(k) || forbidden.test(v))
      throw new Error(`figure parameter ${k}=${v} holds a reserved character`);
  }
  return `{{${figureKey(spec)}}}`;
}

/** The key a token's inside counts by: canonical when it parses, else the inside as written (a problem figure). */
export function keyOfToken(inside: string): string {
  const spec = parseFigureKey(inside);
  return spec ? figureKey(spec) : inside.trim();
}

export type TextSegment =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; key: string; spec: FigureSpec | null; raw: string };

/** Splits a paragraph into text and figure tokens (a malformed token keeps its raw text, spec null). */
export function segmentsOf(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(tokenPattern)) {
    if (match.index > last) out.push({ kind: 'text', text: text.slice(last, match.index) });
    const spec = parseFigureKey(match[1]);
    out.push({ kind: 'figure', key: spec ? figureKey(spec) : match[1].trim(), spec, raw: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Every distinct figure key in a set of texts. */
export function figureKeysIn(texts: string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) for (const s of segmentsOf(text)) if (s.kind === 'figure' && s.spec) keys.add(s.key);
  return [...keys];
}
