import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { currentIn, inBranch } from '@/db/queries/scope';
import { accounts, people } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** The branch's accounts for the secretary's account page: no hashes, only what the page shows. */
export function listBranchAccounts(user: SessionUser) {
  return db
    .select({
      id: accounts.id,
      version: accounts.version,
      username: accounts.username,
      role: accounts.role,
      mustChangePassword: accounts.mustChangePassword,
      disabledAt: accounts.disabledAt,
      lockedUntil: accounts.lockedUntil,
      lastSignInAt: accounts.lastSignInAt,
      personId: people.id,
      personVersion: people.version,
      personName: people.name,
      politicalStatus: people.politicalStatus,
      committeeTitle: people.committeeTitle,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(inBranch(accounts, user))
    .orderBy(asc(accounts.id))
    .all();
}

export type BranchAccount = ReturnType<typeof listBranchAccounts>[number];

/** People of the branch who have no account yet, for "create account". */
export function listPeopleWithoutAccount(user: SessionUser) {
  return db
    .select({
      id: people.id,
      name: people.name,
      politicalStatus: people.politicalStatus,
      committeeTitle: people.committeeTitle,
    })
    .from(people)
    .leftJoin(accounts, eq(accounts.personId, people.id))
    .where(and(currentIn(people, user), isNull(accounts.id)))
    .orderBy(asc(people.id))
    .all();
}

/** Every username in use, of any branch: usernames are unique across the installation. */
export function takenUsernames(): string[] {
  return db
    .select({ username: accounts.username })
    .from(accounts)
    .all()
    .map((a) => a.username);
}
