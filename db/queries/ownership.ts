import 'server-only';
import { and, eq } from 'drizzle-orm';
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

/** Tables whose rows belong to a branch, by the name actions use to point at them. */
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

/** The branch a record belongs to, or null when it does not exist or was removed (soft-deleted). */
export function branchOfRecord(entity: OwnedEntity, id: number): number | null {
  const table = ownedTables[entity];
  const notRemoved = 'deletedAt' in table ? live(table) : undefined;
  const row = db
    .select({ branchId: table.branchId })
    .from(table)
    .where(and(eq(table.id, id), notRemoved))
    .get();
  return row?.branchId ?? null;
}
