/**
 * How an address names a report that is not the reader's own: a branch's (`?branch=3`) or an
 * organisation's (`?organisation=2`), as a reviewer above opens it. Without one, an address means the
 * reader's own report.
 */
export type ReportRef = { kind: 'branch' | 'organisation'; id: number };

/** The query string naming the report (empty for the reader's own). */
export function reportQuery(ref: ReportRef | undefined): string {
  return ref ? `?${ref.kind}=${ref.id}` : '';
}

/** The report named by an address's `branch` or `organisation` parameter; undefined for none, null for nonsense. */
export function reportRefOf(search: {
  branch?: string | null;
  organisation?: string | null;
}): ReportRef | null | undefined {
  const [kind, raw] = search.organisation
    ? (['organisation', search.organisation] as const)
    : search.branch
      ? (['branch', search.branch] as const)
      : [null, null];
  if (kind === null) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? { kind, id } : null;
}
