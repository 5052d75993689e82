/**
 * The address that opens a page of one branch's records for an account above it: the overview's `open`
 * route checks the branch is beneath the viewer, makes it the switcher's choice, then goes to `to`.
 */
export function branchPageHref(branchId: number, to: string): string {
  return `/overview/open?branch=${branchId}&to=${encodeURIComponent(to)}`;
}
