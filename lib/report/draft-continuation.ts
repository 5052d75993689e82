import { secretaryProjectSection } from '@/lib/report/draft-closing';
import type { DraftPlan } from '@/lib/report/draft-facts';
import type { DraftSection } from '@/lib/report/draft-parts';
import { segmentsOf } from '@/lib/report/figure-key';
import type { ReportSectionKind } from '@/lib/report/model';

/** A section of last year's report as the continuation reads it. */
export type LastYearSection = {
  level: 1 | 2;
  heading: string;
  body: string;
  kind: ReportSectionKind | null;
  numbered?: boolean;
};

/**
 * The text with one year written in it (“2025年”, “2025年度”, not part of a longer number) moved on to
 * the next; figure tokens are left alone. Only the year named is moved: “2021年以来” stays as written.
 */
export function moveYearOn(text: string, year: number): string {
  const written = new RegExp(`(?<!\\d)${year}(?=年)`, 'g');
  return segmentsOf(text)
    .map((s) => (s.kind === 'text' ? s.text.replace(written, String(year + 1)) : s.raw))
    .join('');
}

/**
 * Last year's sections carried into this year's report, each marked as carried over until it is edited:
 * the comparison with the year before (对照上年, with any subsections) is left out, for this year's
 * report gets a new one; under 下一步打算 the plan year moves on (last year planned this year, this year
 * plans the next), and its 书记项目 is written again from the plans recorded for next year (or a prompt
 * for them) — added at the end of 下一步打算 when last year's report had none.
 */
export function carriedSections(
  last: readonly LastYearSection[],
  year: number,
  nextYearPlans: readonly DraftPlan[],
): DraftSection[] {
  const out: DraftSection[] = [];
  let part: ReportSectionKind | null = null;
  let projectWritten = false;
  for (const s of last) {
    if (s.level === 1) part = s.kind;
    if (part === 'review' || s.kind === 'review') continue;
    const inPlans = part === 'plans';
    if (s.kind === 'secretary_project') {
      // One 书记项目 part, written from next year's plans; last year's plans are not carried.
      if (!projectWritten)
        out.push({
          ...secretaryProjectSection(year + 1, nextYearPlans),
          level: s.level,
          heading: moveYearOn(s.heading, year),
          numbered: s.numbered,
        });
      projectWritten = true;
      continue;
    }
    out.push({
      level: s.level,
      heading: inPlans ? moveYearOn(s.heading, year) : s.heading,
      body: inPlans ? moveYearOn(s.body, year) : s.body,
      kind: s.kind,
      numbered: s.numbered,
      carriedOver: true,
    });
  }
  if (!projectWritten) {
    const plans = out.findIndex((s) => s.level === 1 && s.kind === 'plans');
    if (plans >= 0) {
      const next = out.findIndex((s, i) => i > plans && s.level === 1);
      out.splice(next < 0 ? out.length : next, 0, secretaryProjectSection(year + 1, nextYearPlans));
    }
  }
  return out;
}
