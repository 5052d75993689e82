import { relations } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, versioned } from '@/db/schema/columns';
import { branches, organisations } from '@/db/schema/organisations';
import { people } from '@/db/schema/people';
import { roles } from '@/lib/auth/roles';

/**
 * A sign-in. Branch roles carry the branch and (usually) the person; an account of an organisation
 * above branches (a reviewer) carries that organisation and a display name instead.
 */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    username: text().notNull().unique(),
    passwordHash: text().notNull(),
    role: text({ enum: roles }).notNull(),
    personId: integer()
      .unique()
      .references(() => people.id),
    displayName: text(),
    branchId: integer().references(() => branches.id),
    organisationId: integer().references(() => organisations.id),
    failedAttempts: integer().notNull().default(0),
    lockedUntil: text(),
    mustChangePassword: integer({ mode: 'boolean' }).notNull().default(true),
    disabledAt: text(),
    lastSignInAt: text(),
    ...timestamps,
    ...versioned,
  },
  (t) => [index('accounts_branch_idx').on(t.branchId)],
);

export const accountsRelations = relations(accounts, ({ one }) => ({
  person: one(people, { fields: [accounts.personId], references: [people.id] }),
  branch: one(branches, { fields: [accounts.branchId], references: [branches.id] }),
  organisation: one(organisations, { fields: [accounts.organisationId], references: [organisations.id] }),
}));

export type Account = typeof accounts.$inferSelect;

/**
 * Failed sign-ins per client address in the current window (lib/auth/lockout.ts): many wrong guesses
 * from one address, whichever usernames they try, pause that address. Kept in the database so every
 * server process counts the same guesses.
 */
export const signInAddresses = sqliteTable('sign_in_addresses', {
  address: text().primaryKey(),
  windowStart: text().notNull(),
  failures: integer().notNull(),
});

/**
 * A signed-in session (one browser's sign-in). Its id travels in the session cookie and is checked on
 * every request: ending the row ends the session, wherever the cookie has been copied to.
 */
export const signInSessions = sqliteTable(
  'sign_in_sessions',
  {
    id: text().primaryKey(),
    accountId: integer()
      .notNull()
      .references(() => accounts.id),
    createdAt: text().notNull(),
    endedAt: text(),
  },
  (t) => [index('sign_in_sessions_account_idx').on(t.accountId)],
);
