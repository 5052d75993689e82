import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { organisationById } from '@/db/queries/organisations';
import { currentIn } from '@/db/queries/scope';
import { cachedFigures } from '@/db/report/figures/compute';
import type { ReportOwner } from '@/db/report/owner';
import { assignableTo, getReport } from '@/db/report/queries';
import { accounts, branches, people } from '@/db/schema';
import { organisationLevelLabels } from '@/lib/organisations/model';
import { figureKeysIn } from '@/lib/report/figure-key';
import { findPlaceholders } from '@/lib/report/placeholders';
import { renderReport } from '@/lib/report/render';
import type { RenderedReport } from '@/lib/report/rendered';

/** The name a report is headed with and the secretary who signs it: a branch's 书记, an organisation's secretary. */
export function ownerNames(owner: ReportOwner): { name: string; author: string } {
  if (owner.kind === 'branch') {
    const branch = db.select({ name: branches.name }).from(branches).where(eq(branches.id, owner.branchId)).get();
    const secretary = db
      .select({ name: people.name })
      .from(people)
      .where(and(currentIn(people, owner), eq(people.committeeTitle, '书记')))
      .get();
    return { name: branch?.name ?? '', author: secretary?.name ?? '' };
  }
  const organisation = organisationById(owner.organisationId);
  const secretary = db
    .select({ name: sql<string>`coalesce(${people.name}, ${accounts.displayName}, ${accounts.username})` })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(assignableTo(owner))
    .orderBy(asc(accounts.id))
    .get();
  return { name: organisation?.name ?? '', author: secretary?.name ?? '' };
}

/**
 * The level of the organisation a report is delivered to (党工委, 党委 …), as the report's page names its
 * reviewer; “上级党组织” above the top of the tree.
 */
export function reviewingLevel(owner: ReportOwner): string {
  const aboveId =
    owner.kind === 'branch'
      ? db.select({ id: branches.organisationId }).from(branches).where(eq(branches.id, owner.branchId)).get()?.id
      : organisationById(owner.organisationId)?.parentId;
  const above = aboveId == null ? undefined : organisationById(aboveId);
  return above ? organisationLevelLabels[above.level] : '上级党组织';
}

/**
 * The owner's report for a year with every figure resolved, ready for the .docx and the print view. The
 * figures come from `figures` (the cached computeFigures by default; the benchmark passes the uncached one).
 */
export function loadRenderedReport(
  owner: ReportOwner,
  year: number,
  figuresOf: typeof cachedFigures = cachedFigures,
): { rendered: RenderedReport; placeholders: string[]; submitted: boolean } | null {
  const report = getReport(owner, year);
  if (!report) return null;
  const names = ownerNames(owner);
  const texts = [report.preamble, ...report.sections.flatMap((s) => [s.heading, s.body])];
  const figures = figuresOf(owner, year, figureKeysIn(texts));
  const rendered = renderReport(report, {
    branchName: names.name,
    author: names.author,
    figures,
    overrides: report.overrides,
  });
  return {
    rendered,
    placeholders: texts.flatMap((t) => findPlaceholders(t).map((p) => p.match)),
    submitted: report.status === 'submitted',
  };
}
