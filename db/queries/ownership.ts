import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db';
import { live } from '@/db/queries/scope';
import {
  accounts,
  attachments,
  commitmentLetters,
  developmentRecords,
  developmentStepRecords,
  duesBases,
  duesHandovers,
  duesPayments,
  duesReliefs,
  integrityAspects,
  integrityItems,
  integrityMeetings,
  ledgerEntries,
  ledgers,
  meetingKinds,
  meetings,
  notices,
  outputTypes,
  partyGroups,
  people,
  personDisciplines,
  projectActivities,
  projects,
  rectificationItems,
  reportSections,
  reports,
  talks,
  workOutputCategories,
  workOutputs,
} from '@/db/schema';

/** Tables whose rows belong to a branch (a report's, to a branch or an organisation), by the name actions use to point at them. */
const ownedTables = {
  people,
  personDisciplines,
  partyGroups,
  accounts,
  meetings,
  meetingKinds,
  talks,
  attachments,
  developmentRecords,
  developmentSteps: developmentStepRecords,
  projects,
  projectActivities,
  outputTypes,
  integrityAspects,
  integrityItems,
  commitmentLetters,
  integrityMeetings,
  workOutputCategories,
  workOutputs,
  ledgers,
  ledgerEntries,
  rectificationItems,
  notices,
  duesBases,
  duesReliefs,
  duesPayments,
  duesHandovers,
  reports,
  reportSections,
};
export type OwnedEntity = keyof typeof ownedTables;

/** The records an organisation above branches owns itself: its own duty report; every other is a branch's. */
export function organisationsOwn(entity: OwnedEntity): boolean {
  return entity === 'reports' || entity === 'reportSections';
}

/**
 * Whether a record is the caller's to write: of their branch, or for an account of an organisation above
 * branches, of that organisation itself (its own report) — never a branch's record, whichever branch it
 * is looking at. False when the record does not exist or was removed (soft-deleted).
 */
export function recordIsOwnedBy(
  user: { branchId: number; organisationId: number | null },
  entity: OwnedEntity,
  id: number,
): boolean {
  const table = ownedTables[entity];
  const notRemoved = 'deletedAt' in table ? live(table) : undefined;
  const organisationId = 'organisationId' in table ? table.organisationId : sql<null>`null`;
  const row = db
    .select({ branchId: table.branchId, organisationId })
    .from(table)
    .where(and(eq(table.id, id), notRemoved))
    .get();
  if (!row) return false;
  return user.organisationId === null ? row.branchId === user.branchId : row.organisationId === user.organisationId;
}
