import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { subtreeBranches } from '@/db/queries/organisations';
import { accounts, branches, people, signInSessions } from '@/db/schema';
import { sessionExpired } from '@/lib/auth/session-limits';
import type { SessionUser } from '@/lib/auth/session-user';

/**
 * Resolves an account id from the session cookie into the user the server acts for. Returns null for
 * a disabled or removed account, so disabling takes effect on the next request.
 */
export function loadSessionUser(accountId: number, preferredBranchId: number | null): SessionUser | null {
  const account = db
    .select({
      id: accounts.id,
      username: accounts.username,
      role: accounts.role,
      personId: accounts.personId,
      personName: people.name,
      displayName: accounts.displayName,
      branchId: accounts.branchId,
      organisationId: accounts.organisationId,
      mustChangePassword: accounts.mustChangePassword,
    })
    .from(accounts)
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(and(eq(accounts.id, accountId), isNull(accounts.disabledAt)))
    .get();
  if (!account) return null;

  // An account of an organisation above branches reads every branch beneath it, at any depth.
  const readable =
    account.organisationId !== null
      ? subtreeBranches(account.organisationId)
      : db
          .select({ id: branches.id, name: branches.name })
          .from(branches)
          .where(eq(branches.id, account.branchId ?? -1))
          .all();
  if (readable.length === 0) return null;

  const active = readable.find((b) => b.id === preferredBranchId) ?? readable[0];
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    name: account.personName ?? account.displayName ?? account.username,
    personId: account.personId,
    branchId: active.id,
    branchName: active.name,
    branchIds: readable.map((b) => b.id),
    organisationId: account.organisationId,
    mustChangePassword: account.mustChangePassword,
  };
}

/** Whether a session cookie still stands: its session exists for that account, was not ended, and is not too old. */
export function sessionIsLive(sessionId: string, accountId: number, now: Date): boolean {
  const session = db.select().from(signInSessions).where(eq(signInSessions.id, sessionId)).get();
  return (
    !!session && session.accountId === accountId && session.endedAt === null && !sessionExpired(session.createdAt, now)
  );
}
