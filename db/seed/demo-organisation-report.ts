import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadSessionUser } from '@/db/queries/session';
import { firstDraft } from '@/db/report/first-draft';
import { createReport, submitReport } from '@/db/report/mutations';
import { reportOwnerOf } from '@/db/report/owner';
import { getReport } from '@/db/report/queries';
import { organisations } from '@/db/schema';
import { demoAccountId } from '@/db/seed/demo-account-id';
import type { DemoCalendar } from '@/db/seed/demo-calendar';
import type { DraftSection } from '@/lib/report/draft-parts';
import { findPlaceholders } from '@/lib/report/placeholders';

/** The working committee secretary's own words where the branches' records cannot speak, by heading. */
const ownWords: Record<string, string> = {
  '压实党建工作责任，统筹谋划全年工作':
    '年初召开党建工作会议，与各支部书记逐一签订党建工作责任书，把“三会一课”、发展党员和党风廉政建设列入年度考核。每季度召开一次支部书记例会，通报各支部组织生活落实情况，点对点提出改进要求。',
  存在的问题及原因:
    '本人抓党建的精力投入还不够均衡，对业务繁忙的支部督促多、具体指导少；对支部书记的培训以会代训居多，针对性不强；各支部之间组织生活质量不平衡，个别支部主题党日内容较为单一。',
};

/** A section in the secretary's words: the draft's prompt replaced, the figures it already holds kept. */
function inOwnWords(section: DraftSection, year: number): DraftSection {
  const words = section.heading.endsWith('工作打算')
    ? `${year + 1}年，重点抓好支部书记轮训和“三会一课”质量提升，推动各支部结合业务打造一个党建品牌，把发展党员和党费收缴纳入季度调度。`
    : ownWords[section.heading];
  if (!words || findPlaceholders(section.body).length === 0) return section;
  const kept = section.body.split('\n').filter((line) => findPlaceholders(line).length === 0);
  return { ...section, body: [...kept, words].join('\n') };
}

/**
 * The working committee's own report for last year, from the template with its secretary's words where
 * no record speaks: its figures add up the two bureau branches. Submitted once the review season has
 * come, and left for the county committee to grade.
 */
export function seedOrganisationReport(calendar: DemoCalendar) {
  const committee = db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, '额济纳旗旗直机关党工委'))
    .get();
  if (!committee) return;
  const secretary = loadSessionUser(demoAccountId('gongwei'), null)!;
  const owner = reportOwnerOf(secretary);
  const year = calendar.year(2025);
  const draft = firstDraft(owner, year);
  createReport(secretary, year, { ...draft, sections: draft.sections.map((s) => inOwnWords(s, year)) });
  if (calendar.today < calendar.date('2026-01-20')) return;
  const written = getReport(owner, year)!;
  submitReport(secretary, { id: written.id, version: written.version });
}
