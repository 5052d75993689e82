/** Layout decisions shared by the two renderers of a finished duty report: the .docx and the print view. */
import type { RenderedReport, RenderedSection } from '@/lib/report/rendered';

/** “一、本年度履职情况”, “（一）强化理论武装，提高政治站位”. */
export function sectionHeading(section: RenderedSection): string {
  return `${section.number}${section.heading}`;
}

/**
 * Whether a second-level heading runs into its first paragraph. A heading written as a sentence
 * (“（一）理论学习成效有待提升。”) is a lead-in sentence and official documents print it run-in; a phrase
 * (“（一）强化理论武装，提高政治站位”) stands on its own line. Real reports mix both, so the heading's own
 * closing punctuation decides rather than one fixed rule.
 */
export function isRunInHeading(section: RenderedSection): boolean {
  return section.level === 2 && section.paragraphs.length > 0 && /[。！？：]$/.test(section.heading.trim());
}

/** The line under the title naming who reports, e.g. “旗统计局党支部书记　张建国”; none without an author. */
export function bylineText(report: RenderedReport): string | null {
  const author = report.author.trim();
  if (!author) return null;
  const branch = report.branchName.trim();
  return branch ? `${branch}书记\u3000${author}` : author;
}
