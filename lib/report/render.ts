import { chineseNumber } from '@/lib/chinese-number';
import { segmentsOf } from '@/lib/report/figure-key';
import { type FigureSummary, isProblem } from '@/lib/report/figure-types';
import type { RenderedReport } from '@/lib/report/rendered';

export type Override = { figureKey: string; text: string; reason: string };

/** A section as its number depends on it. */
export type NumberedSection = { level: 1 | 2; numbered: boolean };

/**
 * “一、” for the n-th first-level heading, “（一）” for the n-th second-level one under it; nothing for a
 * heading the secretary left unnumbered (a slogan between parts), which the numbering runs on past as
 * if it were not there: 一、 [unnumbered] 二、.
 */
export function sectionNumbers(sections: readonly NumberedSection[]): string[] {
  let first = 0;
  let second = 0;
  return sections.map(({ level, numbered }) => {
    if (!numbered) return '';
    if (level === 1) {
      first++;
      second = 0;
      return `${chineseNumber(first)}、`;
    }
    second++;
    return `（${chineseNumber(second)}）`;
  });
}

/** The text a figure writes into the report: the override if set, else the computed text, else a visible mark. */
export function figureText(
  key: string,
  figures: ReadonlyMap<string, FigureSummary>,
  overrides: ReadonlyMap<string, Override>,
): string {
  const override = overrides.get(key);
  if (override) return override.text;
  const figure = figures.get(key);
  return figure && !isProblem(figure) ? figure.text : '【数字无效】';
}

/** A paragraph with every token written out. */
export function resolveText(
  text: string,
  figures: ReadonlyMap<string, FigureSummary>,
  overrides: ReadonlyMap<string, Override>,
): string {
  return segmentsOf(text)
    .map((s) => (s.kind === 'text' ? s.text : figureText(s.key, figures, overrides)))
    .join('');
}

export function paragraphsOf(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

type ReportText = {
  title: string;
  year: number;
  preamble: string;
  sections: (NumberedSection & { heading: string; body: string })[];
};

/** The report as the .docx and the print view lay it out, figures resolved. */
export function renderReport(
  report: ReportText,
  context: { branchName: string; author: string; figures: ReadonlyMap<string, FigureSummary>; overrides: Override[] },
): RenderedReport {
  const overrides = new Map(context.overrides.map((o) => [o.figureKey, o]));
  const resolve = (p: string) => resolveText(p, context.figures, overrides);
  const numbers = sectionNumbers(report.sections);
  return {
    title: report.title,
    branchName: context.branchName,
    author: context.author,
    year: report.year,
    preamble: paragraphsOf(report.preamble).map(resolve),
    sections: report.sections.map((s, i) => ({
      level: s.level,
      number: numbers[i],
      heading: resolve(s.heading),
      paragraphs: paragraphsOf(s.body).map(resolve),
    })),
  };
}
