/**
 * Where a cell of a branch leads: the branch's own records, opened as the branch being viewed (the
 * `open` route checks the branch is beneath the viewer's organisation and sets the switcher's choice).
 */
export function branchHref(branchId: number, to: string): string {
  return `/overview/open?branch=${branchId}&to=${encodeURIComponent(to)}`;
}
