import { segmentsOf } from '@/lib/report/figure-key';
import { type DiffLine, lineDiff } from '@/lib/report/line-diff';

/** A run of a changed paragraph: kept, added in the newer text, or removed from the older. */
export type DiffPiece = { kind: 'same' | 'added' | 'removed'; text: string };

/** A row of the comparison: a paragraph kept, added or removed whole, or changed within (its pieces). */
export type DiffRow = DiffLine | { kind: 'changed'; pieces: DiffPiece[] };

/** What a paragraph is compared by: each character, and each figure token whole, shown as its value. */
type Unit = { id: string; text: string };

function unitsOf(paragraph: string, figureText: (key: string) => string): Unit[] {
  return segmentsOf(paragraph).flatMap((s): Unit[] =>
    s.kind === 'text' ? Array.from(s.text, (c) => ({ id: c, text: c })) : [{ id: s.raw, text: figureText(s.key) }],
  );
}

/** A paragraph with its figure tokens written as their values. */
export function resolvedText(paragraph: string, figureText: (key: string) => string): string {
  return unitsOf(paragraph, figureText)
    .map((u) => u.text)
    .join('');
}

function push(out: DiffPiece[], kind: DiffPiece['kind'], text: string) {
  const last = out.at(-1);
  if (last?.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/**
 * Character-level difference between two versions of a paragraph (Chinese has no spaces between words,
 * so characters are its words), figures compared as whole tokens. Longest common subsequence over what
 * remains once the common beginning and end are set aside; runs of one kind are joined.
 */
export function inlineDiff(before: string, after: string, figureText: (key: string) => string): DiffPiece[] {
  const a = unitsOf(before, figureText);
  const b = unitsOf(after, figureText);
  let start = 0;
  while (start < a.length && start < b.length && a[start].id === b[start].id) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1].id === b[endB - 1].id) {
    endA--;
    endB--;
  }
  const out: DiffPiece[] = [];
  for (const u of a.slice(0, start)) push(out, 'same', u.text);

  const n = endA - start;
  const m = endB - start;
  // lcs[i * (m + 1) + j]: the common length of a[start + i…endA) and b[start + j…endB).
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] =
        a[start + i].id === b[start + j].id
          ? lcs[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i].id === b[start + j].id) {
      push(out, 'same', a[start + i].text);
      i++;
      j++;
    } else if (lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1]) push(out, 'removed', a[start + i++].text);
    else push(out, 'added', b[start + j++].text);
  }
  while (i < n) push(out, 'removed', a[start + i++].text);
  while (j < m) push(out, 'added', b[start + j++].text);

  for (const u of a.slice(endA)) push(out, 'same', u.text);
  return out;
}

/** How much of the longer paragraph a change keeps; below this a paragraph reads as rewritten, not edited. */
const keptToPair = 0.3;

function similar(pieces: DiffPiece[]): boolean {
  const length = (kind: DiffPiece['kind']) =>
    pieces.filter((p) => p.kind === kind).reduce((n, p) => n + Array.from(p.text).length, 0);
  const kept = length('same');
  return kept >= keptToPair * (kept + Math.max(length('removed'), length('added')));
}

/**
 * Two versions of a section's text compared paragraph by paragraph, figures shown as their values. Where
 * paragraphs were removed and others added in their place, each removed one is set against the added one
 * in the same position and, when enough of it is kept, shown as one changed paragraph with the changed
 * characters marked.
 */
export function textDiff(before: string, after: string, figureText: (key: string) => string): DiffRow[] {
  const resolve = (line: DiffLine): DiffLine => ({ kind: line.kind, text: resolvedText(line.text, figureText) });
  const lines = lineDiff(before, after);
  const rows: DiffRow[] = [];
  let k = 0;
  while (k < lines.length) {
    if (lines[k].kind === 'same') {
      rows.push(resolve(lines[k++]));
      continue;
    }
    const removed: DiffLine[] = [];
    const added: DiffLine[] = [];
    while (k < lines.length && lines[k].kind !== 'same')
      (lines[k].kind === 'removed' ? removed : added).push(lines[k++]);
    for (let p = 0; p < Math.max(removed.length, added.length); p++) {
      const [was, now] = [removed[p], added[p]];
      const pieces = was && now ? inlineDiff(was.text, now.text, figureText) : null;
      if (pieces && similar(pieces)) rows.push({ kind: 'changed', pieces });
      else {
        if (was) rows.push(resolve(was));
        if (now) rows.push(resolve(now));
      }
    }
  }
  return rows;
}
