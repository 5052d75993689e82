import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { accounts } from '@/db/schema/accounts';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { disciplineKinds } from '@/lib/people/model';

/** A 党纪处分 on a person: private like an ID number, entered by the committee. */
export const personDisciplines = sqliteTable(
  'person_disciplines',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    branchId: integer()
      .notNull()
      .references(() => branches.id),
    personId: integer()
      .notNull()
      .references(() => people.id),
    kind: text({ enum: disciplineKinds }).notNull(),
    decidedOn: text().notNull(),
    /** The last day of the period (留党察看 for one or two years); null when the kind has none. */
    until: text(),
    /** The organisation that decided it (e.g. 县纪委). */
    decidedBy: text().notNull(),
    reason: text(),
    recordedBy: integer().references(() => accounts.id),
    deletedAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('person_disciplines_person_idx').on(t.personId)],
);

export type PersonDiscipline = typeof personDisciplines.$inferSelect;
