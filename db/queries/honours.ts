import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import { db } from '@/db';
import { inBranch, live } from '@/db/queries/scope';
import { ledgerEntries, ledgerEntryPeople, ledgers } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** The ledger template whose entries are honours (评先评优). */
const honoursTemplate = 'honours';

/**
 * The honours that name a person: live entries of the branch's 评先评优 ledgers (a ledger switched off
 * keeps its entries), latest first, with the ledger they are kept in.
 */
export function listHonours(user: SessionUser, personId: number) {
  return db
    .select({
      id: ledgerEntries.id,
      date: ledgerEntries.date,
      title: ledgerEntries.title,
      level: ledgerEntries.level,
      ledgerId: ledgers.id,
      ledgerName: ledgers.name,
    })
    .from(ledgerEntryPeople)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerEntryPeople.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(
      and(
        eq(ledgerEntryPeople.personId, personId),
        inBranch(ledgerEntryPeople, user),
        live(ledgerEntries),
        eq(ledgers.template, honoursTemplate),
      ),
    )
    .orderBy(desc(ledgerEntries.date), desc(ledgerEntries.id))
    .all();
}
