import { segmentsOf } from '@/lib/report/figure-key';

export type Placeholder = { index: number; match: string };

/**
 * What a secretary leaves when a number or name is still to be filled in: runs of x or × (“x次”,
 * “xx名”, “xxxx年”, “××局”) that are not part of a Latin word, “某某”, “○○”, and the draft's own
 * prompts “【请填写：…】”. A single 某 is ordinary Chinese (某些, 某种) and 〇 is the numeral zero
 * (二〇二三年), so neither counts alone.
 */
const placeholderPattern = /【请填写[^】]*】|(?<![A-Za-z])[xXｘＸ×]+(?![A-Za-z])|某{2,}|○{2,}/g;

/** Where a text still holds placeholders, figure tokens excluded (their keys are not prose). */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  let offset = 0;
  for (const segment of segmentsOf(text)) {
    if (segment.kind === 'text') {
      for (const m of segment.text.matchAll(placeholderPattern)) found.push({ index: offset + m.index, match: m[0] });
      offset += segment.text.length;
    } else {
      offset += segment.raw.length;
    }
  }
  return found;
}

/** The prompt the first draft leaves where only the secretary can write the text. */
export function writePrompt(what: string): string {
  return `【请填写：${what}】`;
}
