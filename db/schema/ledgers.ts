import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { ledgerLevels } from '@/lib/ledgers/model';

/**
 * 自定义台账: a ledger the branch defines for work the app has no record type for (评先评优, 阵地建设,
 * 党建工作经费 …), from a template or from scratch. Switched off (archived), its entries stay.
 */
export const ledgers = sqliteTable(
  'ledgers',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    /** The template it was switched on from; null for a ledger defined from scratch. */
    template: text(),
    name: text().notNull(),
    description: text(),
    unit: text().notNull().default('项'),
    quantityUnit: text(),
    hasAmount: integer({ mode: 'boolean' }).notNull().default(false),
    hasPeople: integer({ mode: 'boolean' }).notNull().default(false),
    hasLevel: integer({ mode: 'boolean' }).notNull().default(false),
    /** JSON array of the tags an entry may carry. */
    tags: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    hasAttachments: integer({ mode: 'boolean' }).notNull().default(false),
    sortOrder: integer().notNull().default(0),
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [uniqueIndex('ledgers_branch_name_idx').on(t.branchId, t.name)],
);

/** One dated record in a ledger. */
export const ledgerEntries = sqliteTable(
  'ledger_entries',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    ledgerId: integer()
      .notNull()
      .references(() => ledgers.id),
    date: text().notNull(),
    title: text().notNull(),
    quantity: real(),
    /** Money in 分 (integers, never floats). */
    amountFen: integer(),
    level: text({ enum: ledgerLevels }),
    /** JSON array of tags, each one of the ledger's tags. */
    tags: text({ mode: 'json' }).$type<string[]>().notNull().default([]),
    note: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('ledger_entries_ledger_date_idx').on(t.ledgerId, t.date),
    index('ledger_entries_branch_date_idx').on(t.branchId, t.date),
  ],
);

/** The people an entry names (the honoured, the people on a post, the people visited). */
export const ledgerEntryPeople = sqliteTable(
  'ledger_entry_people',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    entryId: integer()
      .notNull()
      .references(() => ledgerEntries.id),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
  },
  (t) => [
    uniqueIndex('ledger_entry_people_entry_person_idx').on(t.entryId, t.personId),
    index('ledger_entry_people_person_idx').on(t.personId),
  ],
);

export type Ledger = typeof ledgers.$inferSelect;
export type LedgerEntry = typeof ledgerEntries.$inferSelect;
