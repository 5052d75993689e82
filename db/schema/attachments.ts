import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { branches } from '@/db/schema/organisations';

/** Uploaded files (photos, scans) of any record; the bytes live under data/uploads/, never in public/. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    entity: text().notNull(),
    entityId: integer().notNull(),
    fileName: text().notNull(),
    storedName: text().notNull().unique(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    uploadedBy: integer().references(() => accounts.id),
    createdAt: text().notNull(),
    deletedAt: text(),
  },
  (t) => [index('attachments_entity_idx').on(t.entity, t.entityId)],
);

export type Attachment = typeof attachments.$inferSelect;
