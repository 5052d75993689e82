import type { OrganisationLevel } from '@/lib/organisations/model';

export type OrganisationNode = {
  id: number;
  parentId: number | null;
  name: string;
  level: OrganisationLevel;
  sortOrder: number;
};
export type BranchLeaf = { id: number; organisationId: number; name: string };

/** One line of the tree in reading order: an organisation or a branch, with its depth below the root. */
export type TreeLine =
  | { type: 'organisation'; node: OrganisationNode; depth: number; parentId: number | null }
  | { type: 'branch'; branch: BranchLeaf; depth: number; parentId: number };

const byOrder = (a: OrganisationNode, b: OrganisationNode) => a.sortOrder - b.sortOrder || a.id - b.id;

/**
 * The subtree under `rootId` in reading order (depth first: an organisation, its branches, then its
 * sub-organisations), given every organisation and branch of it in any order. Branches under one
 * organisation come in id order unless `orderBranches` orders them (the overview's sorted columns).
 */
export function treeLines(
  rootId: number,
  organisations: OrganisationNode[],
  branches: BranchLeaf[],
  orderBranches: (siblings: BranchLeaf[]) => BranchLeaf[] = (siblings) => siblings.sort((a, b) => a.id - b.id),
): TreeLine[] {
  const children = new Map<number, OrganisationNode[]>();
  for (const node of organisations) {
    if (node.parentId === null) continue;
    children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }
  const branchesOf = new Map<number, BranchLeaf[]>();
  for (const branch of branches)
    branchesOf.set(branch.organisationId, [...(branchesOf.get(branch.organisationId) ?? []), branch]);

  const root = organisations.find((o) => o.id === rootId);
  if (!root) return [];
  const lines: TreeLine[] = [];
  const visit = (node: OrganisationNode, depth: number) => {
    lines.push({ type: 'organisation', node, depth, parentId: depth === 0 ? null : node.parentId });
    for (const branch of orderBranches([...(branchesOf.get(node.id) ?? [])]))
      lines.push({ type: 'branch', branch, depth: depth + 1, parentId: node.id });
    for (const child of (children.get(node.id) ?? []).sort(byOrder)) visit(child, depth + 1);
  };
  visit(root, 0);
  return lines;
}

/** For each organisation of the lines, the branches anywhere beneath it. */
export function branchesBeneath(lines: TreeLine[]): Map<number, number[]> {
  const result = new Map<number, number[]>();
  const open: { id: number; depth: number }[] = [];
  for (const line of lines) {
    while (open.length && open[open.length - 1].depth >= line.depth) open.pop();
    if (line.type === 'organisation') {
      result.set(line.node.id, []);
      open.push({ id: line.node.id, depth: line.depth });
    } else for (const o of open) result.get(o.id)!.push(line.branch.id);
  }
  return result;
}
