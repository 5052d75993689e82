import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, liveIn } from '@/db/queries/scope';
import { withinYear } from '@/db/queries/within-year';
import { getReport } from '@/db/report/queries';
import { projects, rectificationItems } from '@/db/schema';
import { rectificationStateLabels } from '@/lib/rectification/model';
import type { NewReport } from '@/lib/report/draft';
import { projectStatusLabels, secretaryProjectKind } from '@/lib/service/model';

/**
 * This year's draft continued from last year's report: its structure and text (figures rebind to this
 * year by themselves), and a closing part that sets last year's problems against their rectification
 * state and last year's plans (this year's 书记项目) against what became of them. Null when there is no
 * report of last year.
 */
export function continuationDraft(scope: BranchScope, year: number): NewReport | null {
  const last = getReport(scope, year - 1);
  if (!last) return null;
  const problems = db
    .select({ problem: rectificationItems.problem, state: rectificationItems.state })
    .from(rectificationItems)
    .where(and(liveIn(rectificationItems, scope), withinYear(rectificationItems.foundDate, year - 1)))
    .orderBy(asc(rectificationItems.foundDate), asc(rectificationItems.id))
    .all();
  const plans = db
    .select({ name: projects.name, status: projects.status })
    .from(projects)
    .where(and(liveIn(projects, scope), eq(projects.kind, secretaryProjectKind), withinYear(projects.startDate, year)))
    .orderBy(asc(projects.startDate))
    .all();
  const review = [
    problems.length
      ? `${year - 1}年查摆的问题整改情况：${problems.map((p) => `${p.problem.replace(/[。；]$/, '')}（${rectificationStateLabels[p.state]}）`).join('；')}。`
      : `${year - 1}年未登记查摆问题。`,
    plans.length
      ? `${year - 1}年计划的书记项目落实情况：${plans.map((p) => `${p.name}（${projectStatusLabels[p.status]}）`).join('；')}。`
      : `${year - 1}年未登记下一年度的书记项目计划。`,
  ];
  return {
    preamble: last.preamble.replaceAll(String(year - 1), String(year)),
    continuedFromId: last.id,
    sections: [
      ...last.sections.map((s) => ({ level: s.level, heading: s.heading, body: s.body })),
      { level: 1 as const, heading: `对照${year - 1}年报告的落实情况`, body: review.join('\n') },
    ],
  };
}
