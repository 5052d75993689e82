import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { duesCategories, paymentMethods, reliefKinds } from '@/lib/dues/model';

/*
 * 党费. Money in 分 (integers). Bases and payments are private: a member reads only their own.
 * Months are 'YYYY-MM'. Rows are removed softly (deletedAt): the audit and the ledger's history keep them.
 */

/** A member's dues base as set (核定) from a month on; a mid-year change is a new row with its reason. */
export const duesBases = sqliteTable(
  'dues_bases',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    category: text({ enum: duesCategories }).notNull(),
    /** After-tax monthly pay or pension, for the banded categories. */
    baseFen: integer(),
    /** The monthly amount the branch set for a farmer (0.2–1 元). */
    fixedFen: integer(),
    effectiveMonth: text().notNull(),
    assessedOn: text().notNull(),
    /** Why the base changed mid-year; null for the yearly 核定. */
    reason: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('dues_bases_person_idx').on(t.personId, t.effectiveMonth),
    index('dues_bases_branch_idx').on(t.branchId),
  ],
);

/** An approved 少交 or 免交: the branch decided, the higher committee approved, for a run of months. */
export const duesReliefs = sqliteTable(
  'dues_reliefs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    kind: text({ enum: reliefKinds }).notNull(),
    monthlyFen: integer(),
    fromMonth: text().notNull(),
    untilMonth: text().notNull(),
    reason: text().notNull(),
    decidedOn: text().notNull(),
    approvedBy: text().notNull(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('dues_reliefs_person_idx').on(t.personId), index('dues_reliefs_branch_idx').on(t.branchId)],
);

/** One member's payment for a run of months (monthly, a quarter, in advance, or 补交 of arrears). */
export const duesPayments = sqliteTable(
  'dues_payments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    fromMonth: text().notNull(),
    toMonth: text().notNull(),
    paidOn: text().notNull(),
    amountFen: integer().notNull(),
    /** What the months were due when it was recorded: "in full" compares with this. */
    dueFen: integer().notNull(),
    method: text({ enum: paymentMethods }).notNull(),
    receiptNo: text(),
    /** Required when the amount differs from what was due. */
    reason: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('dues_payments_person_idx').on(t.personId, t.fromMonth),
    index('dues_payments_branch_paid_idx').on(t.branchId, t.paidOn),
  ],
);

/** 上缴: dues the branch passed to the higher committee for a run of months. */
export const duesHandovers = sqliteTable(
  'dues_handovers',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    fromMonth: text().notNull(),
    toMonth: text().notNull(),
    handedOn: text().notNull(),
    amountFen: integer().notNull(),
    recipient: text().notNull(),
    receiptNo: text(),
    note: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('dues_handovers_branch_idx').on(t.branchId, t.handedOn)],
);

export type DuesBaseRow = typeof duesBases.$inferSelect;
export type DuesReliefRow = typeof duesReliefs.$inferSelect;
export type DuesPaymentRow = typeof duesPayments.$inferSelect;
export type DuesHandoverRow = typeof duesHandovers.$inferSelect;
