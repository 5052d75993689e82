import 'server-only';
import { untilNextWrite } from '@/db/cache';
import { branchVersions } from '@/db/queries/branch-versions';
import { subtreeBranches, subtreeOrganisations } from '@/db/queries/organisations';
import { overviewFacts } from '@/db/queries/overview';
import type { BranchFacts } from '@/lib/overview/facts';
import { type OverviewLine, type OverviewOrder, overviewLines } from '@/lib/overview/lines';

/**
 * Each branch's facts as last computed, with the version of its records then: its latest audit entry.
 * Every write is audited under the branch it touches, so a branch whose latest entry is unchanged has the
 * same facts; an overview of 600 branches recomputes only the few written since (in one set of grouped
 * queries), not all of them because one branch saved a meeting.
 */
const kept = new Map<string, { version: number; facts: BranchFacts }>();
const keptLimit = 20_000;

function keep(key: string, value: { version: number; facts: BranchFacts }) {
  kept.delete(key);
  kept.set(key, value);
  if (kept.size > keptLimit) kept.delete(kept.keys().next().value!);
}

/** The facts of the branches for the year as of today, recomputing only those written since they were kept. */
export function branchFacts(branchIds: readonly number[], year: number, today: string): BranchFacts[] {
  const key = (id: number) => `${id}|${year}|${today}`;
  const before = branchVersions(branchIds);
  const stale = branchIds.filter((id) => kept.get(key(id))?.version !== before.get(id));
  if (stale.length) {
    const fresh = overviewFacts({ subtreeBranchIds: stale }, year, today);
    // Kept only where nothing was written while they were computed.
    const after = branchVersions(stale);
    for (const facts of fresh) {
      const version = before.get(facts.branchId)!;
      if (after.get(facts.branchId) === version) keep(key(facts.branchId), { version, facts });
      else kept.delete(key(facts.branchId));
    }
    const freshOf = new Map(fresh.map((f) => [f.branchId, f]));
    return branchIds.map((id) => freshOf.get(id) ?? kept.get(key(id))!.facts);
  }
  return branchIds.map((id) => kept.get(key(id))!.facts);
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
