import 'server-only';
import { organisationsBeneath } from '@/db/queries/organisations';
import { branchOwner, organisationOwner, type ReportOwner, reportOwnerOf } from '@/db/report/owner';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { type ReportRef, reportRefOf } from '@/lib/report/report-ref';

/*
 * Who may read which report: the reader's own, and as their reviewers the reports of the branches and
 * organisations beneath them (the model of whose report is which is owner.ts).
 */

/** A report a request reads: whose, whether it is the reader's own, and how its address names it. */
export type RequestedReport = { owner: ReportOwner; own: boolean; ref: ReportRef | undefined };

/**
 * The report an address names for the reader: their own when it names none; a branch beneath their
 * organisation (`?branch=`); an organisation beneath theirs (`?organisation=`), whose report they review
 * as the level above. Null when the named report is not theirs to read.
 */
export function requestedReport(
  user: SessionUser,
  search: { branch?: string | null; organisation?: string | null },
): RequestedReport | null {
  const ref = reportRefOf(search);
  if (ref === null) return null;
  const own = reportOwnerOf(user);
  if (ref === undefined) return { owner: own, own: true, ref };
  if (ref.kind === 'branch') {
    if (!user.branchIds.includes(ref.id)) return null;
    return { owner: branchOwner(ref.id), own: own.kind === 'branch' && own.branchId === ref.id, ref };
  }
  if (own.kind === 'organisation' && own.organisationId === ref.id) return { owner: own, own: true, ref };
  return isBeneath(user, ref.id) ? { owner: organisationOwner(ref.id), own: false, ref } : null;
}

/** Whether an organisation sits beneath the user's own (never their own): its report is theirs to review. */
export function isBeneath(user: SessionUser, organisationId: number): boolean {
  if (user.organisationId === null) return false;
  return organisationsBeneath(user.organisationId).some((o) => o.id === organisationId);
}

/** Whether the user stands above a stored report's owner (a branch beneath them, an organisation beneath theirs). */
export function standsAbove(
  user: SessionUser,
  row: { branchId: number | null; organisationId: number | null },
): boolean {
  if (row.branchId !== null) return user.branchIds.includes(row.branchId);
  return row.organisationId !== null && isBeneath(user, row.organisationId);
}

/**
 * The report a reader may open at an address, or why not: 'forbidden' for a reader of no reports at
 * all, 'missing' for a report that is not theirs (another tree's, or their own where they write none).
 * A report that is not their own they read as its reviewer: once submitted (the caller checks).
 */
export function readableReport(
  user: SessionUser,
  search: { branch?: string | null; organisation?: string | null },
): RequestedReport | 'forbidden' | 'missing' {
  if (!can(user, 'report.write') && !can(user, 'report.review')) return 'forbidden';
  const requested = requestedReport(user, search);
  if (requested === null || !can(user, requested.own ? 'report.write' : 'report.review')) return 'missing';
  return requested;
}
