import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { loadSessionUser } from '@/db/queries/session';
import { continuationDraft } from '@/db/report/continuation';
import { draftFacts } from '@/db/report/draft-facts';
import { createReport, submitReport } from '@/db/report/mutations';
import { branchOwner } from '@/db/report/owner';
import { getReport } from '@/db/report/queries';
import { addReviewComment, gradeReport } from '@/db/report/review';
import { branches } from '@/db/schema';
import { demoAccountId } from '@/db/seed/demo-account-id';
import { demoCalendar } from '@/db/seed/demo-calendar';
import { seedOrganisationReport } from '@/db/seed/demo-organisation-report';
import { seedVillageReports } from '@/db/seed/demo-village-reports';
import { buildDraftSections } from '@/lib/report/draft';

/** The secretary's own words for the year's problems, which no record holds. */
const problems2023 = [
  '（一）理论学习的深度还不够。学习多停留在读原文、谈体会，联系统计工作实际研究问题不够，学习成果转化为工作举措还不充分。',
  '（二）支部标准化建设有差距。支委会研究党建工作的次数和深度不够，工作方法较为单一，创新意识有待增强。',
  '（三）支部品牌的成效还不明显。党员的专业优势发挥不够，结对共建和志愿服务的特色还需进一步打磨。',
].join('\n');

/** Parts of today's first draft the 2023 report, written before the app had them, did not have. */
const notIn2023Report = new Set(['基本情况', '落实意识形态工作责任制，守好宣传思想阵地', '亮点与特色', '原因分析']);

/**
 * The demo branch's duty reports, written the way a secretary would: the 2023 report generated from the
 * records, its problems filled in, submitted and reviewed by the working committee; and the 2024 draft
 * continued from it. Runs after the records are seeded and committed, through the app's own functions.
 */
export function seedDemoReports(today: string) {
  const branch = db.select({ id: branches.id }).from(branches).where(eq(branches.name, '旗统计局党支部')).get();
  if (!branch || today < '2024-01-01') return;
  const secretary = loadSessionUser(demoAccountId('shuji'), null)!;
  const reviewer = loadSessionUser(demoAccountId('dangwei'), branch.id)!;

  const scope = branchOwner(branch.id);
  const draft = buildDraftSections(draftFacts(scope, 2023));
  const sections = draft.sections
    .filter((s) => !notIn2023Report.has(s.heading))
    .map((s) => (s.heading === '存在的主要问题' ? { ...s, body: problems2023 } : s));
  createReport(secretary, 2023, { preamble: draft.preamble, sections });
  submitReport(secretary, { id: getReport(scope, 2023)!.id, version: getReport(scope, 2023)!.version });
  const submitted = getReport(scope, 2023)!;
  gradeReport(reviewer, { id: submitted.id, version: submitted.version, grade: '较好' });
  addReviewComment(reviewer, {
    reportId: submitted.id,
    body: '结对共建和志愿服务成效突出，建议下一年度进一步提炼支部品牌，形成可推广的做法。',
  });

  const continued = continuationDraft(scope, 2024);
  if (continued) createReport(secretary, 2024, continued);
  const calendar = demoCalendar(today);
  seedVillageReports(calendar);
  seedOrganisationReport(calendar);
}
