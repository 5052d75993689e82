import { basicsSection } from '@/lib/report/draft-basics';
import { plansSections, problemsSections, reviewCommentsSections } from '@/lib/report/draft-closing';
import type { DraftFacts } from '@/lib/report/draft-facts';
import { highlightsSection } from '@/lib/report/draft-highlights';
import type { Draft } from '@/lib/report/draft-parts';
import { draftTemplates } from '@/lib/report/templates/by-kind';

/**
 * The first draft of a year's duty report, in the template of the branch's kind: 基本情况, 本年度履职情况
 * in the kind's areas, 亮点与特色, 存在的主要问题 with 原因分析, last year's review comments when there
 * were any, 下一步打算 with next year's 书记项目. Every number is a figure token; where only the secretary
 * can write the text, a prompt that findPlaceholders flags.
 */
export function buildDraftSections(f: DraftFacts): Draft {
  const template = draftTemplates[f.branchKind];
  return {
    title: template.title(f.year),
    preamble: `${f.year}年，本人认真履行党支部书记抓基层党建第一责任人职责。按照${f.committeeName}述职评议工作安排，现将一年来的履职情况报告如下。`,
    sections: [
      basicsSection(f),
      { level: 1, heading: '本年度履职情况', body: '' },
      ...template.duties(f),
      highlightsSection(f),
      ...problemsSections(f),
      ...reviewCommentsSections(f),
      ...plansSections(f, template.plan),
    ],
  };
}

/** What a new report starts from: a generated draft, or last year's text to continue; the title is the standard one when not given. */
export type NewReport = Pick<Draft, 'preamble' | 'sections'> & { title?: string; continuedFromId?: number | null };
