import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '..';
import { accounts, attachments, meetingKinds, meetings, people, talks } from '../schema';

/** Tables whose rows belong to a branch, by the name actions use to point at them. */
const ownedTables = { people, accounts, meetings, meetingKinds, talks, attachments };
export type OwnedEntity = keyof typeof ownedTables;

/** The branch a record belongs to, or null when it does not exist. */
export function branchOfRecord(entity: OwnedEntity, id: number): number | null {
  const table = ownedTables[entity];
  const row = db.select({ branchId: table.branchId }).from(table).where(eq(table.id, id)).get();
  return row?.branchId ?? null;
}
