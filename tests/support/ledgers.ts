/** Ledgers and entries for the ledger actions' tests, inserted directly (no action, no audit). Import after `setupTestDatabase()`. */
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { ledgerEntries, ledgerEntryPeople, ledgers } from '@/db/schema';
import type { LedgerShape } from '@/lib/ledgers/model';

let serial = 0;

/** A ledger keeping every kind of value, with the tags 甲, 乙 and 丙. */
export const fullShape: LedgerShape = {
  unit: '项',
  quantityUnit: '平方米',
  hasAmount: true,
  hasPeople: true,
  hasLevel: true,
  tags: ['甲', '乙', '丙'],
  hasAttachments: true,
};

export function insertLedger(branchId: number, shape: Partial<LedgerShape> & { archivedAt?: string } = {}) {
  return db
    .insert(ledgers)
    .values({ branchId, name: `测试台账${++serial}`, sortOrder: 100 + serial, ...fullShape, ...shape })
    .returning()
    .get();
}

export function insertEntry(
  branchId: number,
  ledgerId = insertLedger(branchId).id,
  values: Partial<typeof ledgerEntries.$inferInsert> = {},
  personIds: number[] = [],
) {
  const entry = db
    .insert(ledgerEntries)
    .values({ branchId, ledgerId, date: '2025-05-05', title: `测试记录${++serial}`, ...values })
    .returning()
    .get();
  for (const personId of personIds)
    db.insert(ledgerEntryPeople).values({ branchId, entryId: entry.id, personId }).run();
  return entry;
}

export function entryById(id: number) {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.id, id)).get()!;
}

export function peopleOfEntry(entryId: number): number[] {
  return db
    .select({ id: ledgerEntryPeople.personId })
    .from(ledgerEntryPeople)
    .where(eq(ledgerEntryPeople.entryId, entryId))
    .all()
    .map((r) => r.id);
}

/** Frees a template for switching on again in a branch: its ledger there becomes one defined from scratch. */
export function freeTemplate(branchId: number, code: string) {
  db.update(ledgers)
    .set({ template: null, name: `测试旧台账${++serial}` })
    .where(and(eq(ledgers.branchId, branchId), eq(ledgers.template, code)))
    .run();
}
