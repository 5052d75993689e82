import type { OrganisationLevel } from '@/lib/organisations/model';
import { type BranchLeaf, branchesBeneath, type OrganisationNode, treeLines } from '@/lib/organisations/tree';
import { type BranchFacts, type OverviewSort, sortFacts, type TotalFacts, totalFacts } from '@/lib/overview/facts';

/** A row of the overview's table: an organisation with its totals, or a branch with its facts. */
export type OverviewLine =
  | {
      type: 'organisation';
      id: number;
      name: string;
      level: OrganisationLevel;
      depth: number;
      parentId: number | null;
      totals: TotalFacts;
    }
  | { type: 'branch'; id: number; name: string; depth: number; parentId: number; facts: BranchFacts };

export type OverviewOrder = { sort: OverviewSort; direction: 'asc' | 'desc' } | null;

/**
 * The table's rows: the tree under the root in reading order, each organisation with its branches' facts
 * added up, branches under one organisation ordered by the chosen column (by id otherwise).
 */
export function overviewLines(
  rootId: number,
  organisations: OrganisationNode[],
  branches: BranchLeaf[],
  facts: readonly BranchFacts[],
  order: OverviewOrder,
): OverviewLine[] {
  const factsOf = new Map(facts.map((f) => [f.branchId, f]));
  const orderBranches = order
    ? (siblings: BranchLeaf[]) => {
        const sorted = sortFacts(
          siblings.sort((a, b) => a.id - b.id).map((b) => factsOf.get(b.id)!),
          order.sort,
          order.direction,
        );
        return sorted.map((f) => siblings.find((b) => b.id === f.branchId)!);
      }
    : undefined;
  const lines = treeLines(rootId, organisations, branches, orderBranches);
  const beneath = branchesBeneath(lines);
  return lines.map((line): OverviewLine => {
    if (line.type === 'branch')
      return {
        type: 'branch',
        id: line.branch.id,
        name: line.branch.name,
        depth: line.depth,
        parentId: line.parentId,
        facts: factsOf.get(line.branch.id)!,
      };
    return {
      type: 'organisation',
      id: line.node.id,
      name: line.node.name,
      level: line.node.level,
      depth: line.depth,
      parentId: line.parentId,
      totals: totalFacts(beneath.get(line.node.id)!.map((id) => factsOf.get(id)!)),
    };
  });
}

/**
 * The lines a reader sees with some organisations open: a line shows when every organisation above it is
 * open (a closed one still shows its own line, with its branches added up).
 */
export function visibleLines(lines: readonly OverviewLine[], open: ReadonlySet<number>): OverviewLine[] {
  const parentOf = new Map(lines.filter((l) => l.type === 'organisation').map((l) => [l.id, l.parentId]));
  const shown = (parentId: number | null): boolean =>
    parentId === null || (open.has(parentId) && shown(parentOf.get(parentId) ?? null));
  return lines.filter((line) => shown(line.parentId));
}
