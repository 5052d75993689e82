import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';

/** The branch's own kinds of work output (统计信息 篇, 统计月报 期 …). */
export const workOutputCategories = sqliteTable(
  'work_output_categories',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    name: text().notNull(),
    unit: text().notNull(),
    sortOrder: integer().notNull().default(0),
    archivedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [uniqueIndex('work_output_categories_branch_name_idx').on(t.branchId, t.name)],
);

/** One dated piece of the unit's work that Party building is credited with. */
export const workOutputs = sqliteTable(
  'work_outputs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    categoryId: integer()
      .notNull()
      .references(() => workOutputCategories.id),
    date: text().notNull(),
    title: text().notNull(),
    quantity: real().notNull().default(1),
    note: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [
    index('work_outputs_branch_date_idx').on(t.branchId, t.date),
    index('work_outputs_category_idx').on(t.categoryId),
  ],
);

export type WorkOutputCategory = typeof workOutputCategories.$inferSelect;
export type WorkOutput = typeof workOutputs.$inferSelect;
