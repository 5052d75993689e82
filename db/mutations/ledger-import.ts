import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { checkPeople, insertEntry, openLedger } from '@/db/mutations/ledgers';
import { writeWithAudit } from '@/db/mutations/write';
import { ledgerEntries } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import type { EntryInput } from '@/lib/ledgers/validation';

/**
 * Adds the entries read from a workbook to a ledger in one transaction: all of them or none. A row the
 * ledger already holds (same date and name) is skipped, so a file exported, extended and imported again
 * adds only its new rows.
 */
export function importLedgerEntries(user: SessionUser, ledgerId: number, rows: readonly EntryInput[]) {
  return writeWithAudit(user, (tx, audit) => {
    const ledger = openLedger(tx, user, ledgerId);
    checkPeople(tx, user, [...new Set(rows.flatMap((r) => r.personIds))]);
    const held = new Set(
      tx
        .select({ date: ledgerEntries.date, title: ledgerEntries.title })
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.ledgerId, ledgerId), isNull(ledgerEntries.deletedAt)))
        .all()
        .map((e) => `${e.date}|${e.title}`),
    );
    const fresh = rows.filter((r) => !held.has(`${r.date}|${r.title}`));
    const ids = fresh.map((entry) => insertEntry(tx, user, ledger, entry).id);
    audit({
      action: 'ledger_entry.import',
      entity: 'ledger_entries',
      after: { ledgerId, created: ids.length, skipped: rows.length - fresh.length, entryIds: ids },
    });
    return { created: ids.length, skipped: rows.length - fresh.length };
  });
}
