import 'server-only';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { type BranchScope, currentIn } from '@/db/queries/scope';
import { cachedFigures } from '@/db/report/figures/compute';
import { getReport } from '@/db/report/queries';
import { branches, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { figureKeysIn } from '@/lib/report/figure-key';
import { findPlaceholders } from '@/lib/report/placeholders';
import { renderReport } from '@/lib/report/render';
import type { RenderedReport } from '@/lib/report/rendered';

/**
 * The branch a report is read for: the caller's own, or for a reviewer any branch of their committee
 * named by `?branch=`. Null when the named branch is not theirs to read.
 */
export function reportBranchId(user: SessionUser, requested: string | null): number | null {
  if (requested === null || requested === '') return user.branchId;
  const id = Number(requested);
  return Number.isInteger(id) && user.branchIds.includes(id) ? id : null;
}

/**
 * A branch's report for a year with every figure resolved, ready for the .docx and the print view. The
 * figures come from `figures` (the cached computeFigures by default; the benchmark passes the uncached one).
 */
export function loadRenderedReport(
  scope: BranchScope,
  year: number,
  figuresOf: typeof cachedFigures = cachedFigures,
): { rendered: RenderedReport; placeholders: string[]; submitted: boolean } | null {
  const report = getReport(scope, year);
  if (!report) return null;
  const branch = db.select({ name: branches.name }).from(branches).where(eq(branches.id, scope.branchId)).get();
  const secretary = db
    .select({ name: people.name })
    .from(people)
    .where(and(currentIn(people, scope), eq(people.committeeTitle, '书记')))
    .get();
  const texts = [report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])];
  const figures = figuresOf(scope, year, figureKeysIn(texts));
  const rendered = renderReport(report, {
    branchName: branch?.name ?? '',
    author: secretary?.name ?? '',
    figures,
    overrides: report.overrides,
  });
  return {
    rendered,
    placeholders: texts.flatMap((t) => findPlaceholders(t).map((p) => p.match)),
    submitted: report.status === 'submitted',
  };
}
