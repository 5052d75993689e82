import { chineseNumber } from '@/lib/chinese-number';
import type { DraftFacts, DraftLedger } from '@/lib/report/draft-facts';
import { figureToken } from '@/lib/report/figure-key';
import type { ReportSectionKind } from '@/lib/report/model';
import { writePrompt } from '@/lib/report/placeholders';

export type DraftSection = {
  level: 1 | 2;
  heading: string;
  body: string;
  /** What the section is, for the sections a continuation must find whatever their heading (see ReportSectionKind). */
  kind?: ReportSectionKind | null;
  /** Text taken over from last year's report, to be checked (set by the continuation). */
  carriedOver?: boolean;
  /** False for a heading that stands without a number (the numbering runs on past it); numbered when absent. */
  numbered?: boolean;
};

export type Draft = { title: string; preamble: string; sections: DraftSection[] };

/** A possible sentence of the draft: null where the records have nothing to say. */
export type Point = string | null | undefined | false;

export const t = (source: string, params: Record<string, string> = {}) => figureToken({ source, params });

export const sentence = (text: string) => (/[。！？]$/.test(text) ? text : `${text}。`);

/**
 * “一是…。二是…。” as paragraphs after an opening sentence; a prompt when there is nothing to say, never
 * beside a figure (a prompt in a paragraph of figures would read as one of them).
 */
export function area(heading: string, opening: string, points: Point[], prompt = `${heading}的具体做法和成效`) {
  const said = points.filter((p): p is string => !!p);
  const body = said.length
    ? [opening, ...said.map((p, i) => `${chineseNumber(i + 1)}是${p}。`)]
    : [opening, writePrompt(prompt)];
  return { level: 2 as const, heading, body: body.join('\n') };
}

/** A built-in kind the branch held meetings of in the year. */
export const heldKind = (f: DraftFacts, code: string) => f.meetingKinds.find((k) => k.code === code && k.held > 0);

/** The branch's ledgers switched on from a template that have entries in the year. */
export const ledgersOf = (f: DraftFacts, template: string) =>
  f.ledgers.filter((l) => l.template === template && l.entries > 0);

/** A ledger figure (`measure` entries, quantity, amount, people, times), narrowed by tag. */
export const ledgerFigure = (ledger: DraftLedger, measure: string, tag?: string) =>
  t('ledger', { ledger: String(ledger.id), measure, ...(tag ? { tag } : {}) });

/** The titles of a ledger's entries of the year (those with a tag). */
export const ledgerList = (ledger: DraftLedger, tag?: string) =>
  t('list.ledger', { ledger: String(ledger.id), ...(tag ? { tag } : {}) });

/** “党员责任区、党员示范岗等”: the tags the year's entries carry, as the kinds of what was done. */
export const kindsOf = (ledger: DraftLedger) => (ledger.tags.length ? `${ledger.tags.join('、')}等` : '');

/** “，累计32学时”: the quantity of a ledger's entries where they carry one. */
export const quantityOf = (ledger: DraftLedger, words: string) =>
  ledger.quantity && ledger.quantityUnit ? `，${words}${ledgerFigure(ledger, 'quantity')}${ledger.quantityUnit}` : '';

/** “，投入35000元”: the money of a ledger's entries where they carry it. */
export const amountOf = (ledger: DraftLedger, words: string) =>
  ledger.amount ? `，${words}${ledgerFigure(ledger, 'amount')}元` : '';
