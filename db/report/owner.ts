import 'server-only';
import { eq, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { subtreeBranches, subtreeOrganisations } from '@/db/queries/organisations';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { type ReportRef, reportRefOf } from '@/lib/report/report-ref';

/** A branch's report: its figures count the branch's records. A `BranchScope` for the figure engine. */
export type BranchReportOwner = { readonly kind: 'branch'; readonly branchId: number };

/**
 * An organisation's own report (党委 / 党工委 / 党总支书记述职): its figures sum the records of every branch
 * beneath it. A `SubtreeScope` for the figure engine.
 */
export type OrganisationReportOwner = {
  readonly kind: 'organisation';
  readonly organisationId: number;
  readonly subtreeBranchIds: readonly number[];
};

/**
 * Whose report a read or write is about. Always made by the functions below, never from a signed-in user
 * passed as is: an organisation's account also carries the branch it is looking at, which is not its report.
 */
export type ReportOwner = BranchReportOwner | OrganisationReportOwner;

export const branchOwner = (branchId: number): BranchReportOwner => ({ kind: 'branch', branchId });

export function organisationOwner(organisationId: number): OrganisationReportOwner {
  return { kind: 'organisation', organisationId, subtreeBranchIds: subtreeBranches(organisationId).map((b) => b.id) };
}

/** The report a signed-in user writes: their organisation's for an organisation's account, else their branch's. */
export function reportOwnerOf(user: SessionUser): ReportOwner {
  return user.organisationId === null
    ? branchOwner(user.branchId)
    : { kind: 'organisation', organisationId: user.organisationId, subtreeBranchIds: user.branchIds };
}

type OwnedTable = { branchId: AnySQLiteColumn; organisationId: AnySQLiteColumn };

/** Rows of a report table that belong to the owner. */
export function ownedBy(table: OwnedTable, owner: ReportOwner): SQL {
  return owner.kind === 'branch' ? eq(table.branchId, owner.branchId) : eq(table.organisationId, owner.organisationId);
}

/** The owner columns a new row of a report table carries (and its audit entry). */
export function ownerColumns(owner: ReportOwner): { branchId: number | null; organisationId: number | null } {
  return owner.kind === 'branch'
    ? { branchId: owner.branchId, organisationId: null }
    : { branchId: null, organisationId: owner.organisationId };
}

/** The key `updateVersioned` finds the owner's row by. */
export function ownerKey(owner: ReportOwner): { branchId: number } | { organisationId: number } {
  return owner.kind === 'branch' ? { branchId: owner.branchId } : { organisationId: owner.organisationId };
}

/** The owner of a stored row (a report, a section, a comment), or null for a row with neither. */
export function ownerOfRow(row: { branchId: number | null; organisationId: number | null }): ReportOwner | null {
  if (row.branchId !== null) return branchOwner(row.branchId);
  if (row.organisationId !== null) return organisationOwner(row.organisationId);
  return null;
}

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
  if (user.organisationId === null || user.organisationId === organisationId) return false;
  return subtreeOrganisations(user.organisationId).some((o) => o.id === organisationId);
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
