import 'server-only';
import { eq, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { subtreeBranches } from '@/db/queries/organisations';
import type { SessionUser } from '@/lib/auth/session-user';

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
