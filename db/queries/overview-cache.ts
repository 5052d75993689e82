import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { keptByBranch } from '@/db/queries/kept-by-branch';
import { subtreeBranches, subtreeOrganisations } from '@/db/queries/organisations';
import { overviewFacts } from '@/db/queries/overview';
import type { BranchFacts } from '@/lib/overview/facts';
import { type OverviewLine, type OverviewOrder, overviewLines } from '@/lib/overview/lines';

/**
 * Each branch's facts, kept until its next write: an overview of 600 branches recomputes only the few
 * written since (in one set of grouped queries), not all of them because one branch saved a meeting.
 */
const keptFacts = keptByBranch<BranchFacts>(20_000);

/** The facts of the branches for the year as of today, recomputing only those written since they were kept. */
export function branchFacts(branchIds: readonly number[], year: number, today: string): BranchFacts[] {
  const key = `${year}|${today}`;
  const facts = keptFacts(branchIds, [key], (stale) => {
    const fresh = overviewFacts({ subtreeBranchIds: stale }, year, today);
    return new Map(fresh.map((f) => [f.branchId, new Map([[key, f]])]));
  });
  return branchIds.map((id) => facts.get(id)!.get(key)!);
}

const overviews = untilNextWrite<ReturnType<typeof computeOverview>>(50);
const orderedLines = untilNextWrite<OverviewLine[]>(200);

/**
 * An organisation's tree and its branches' facts for the year: what the overview, its calendar and its
 * spreadsheet show. The whole answer is kept until the next write anywhere (two trivial statements to check);
 * after a write, each branch's facts are still kept until a write under that branch.
 */
export function loadOverview(organisationId: number, year: number, today: string) {
  return overviews.get(`${organisationId}|${year}|${today}`, () => computeOverview(organisationId, year, today));
}

function computeOverview(organisationId: number, year: number, today: string) {
  const organisations = subtreeOrganisations(organisationId);
  const branchLeaves = subtreeBranches(organisationId);
  return {
    organisation: organisations.find((o) => o.id === organisationId)!,
    organisations,
    branches: branchLeaves,
    facts: branchFacts(
      branchLeaves.map((b) => b.id),
      year,
      today,
    ),
  };
}

/** The overview's table in an order: every line with its organisations' totals, kept like the overview itself. */
export function loadOverviewLines(organisationId: number, year: number, today: string, order: OverviewOrder) {
  const key = `${organisationId}|${year}|${today}|${order ? `${order.sort}-${order.direction}` : ''}`;
  return orderedLines.get(key, () => {
    const { organisation, organisations, branches, facts } = loadOverview(organisationId, year, today);
    return overviewLines(organisation.id, organisations, branches, facts, order);
  });
}
