/**
 * Stand-in for `@/server/auth/current-user` in tests. Use it in a test file with
 *
 *   vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
 *
 * and choose who is asking with `signInAs('zuzhi')`, `setSessionUser(user)` or `signOut()`.
 * It must not import `@/db` statically (the test database is chosen at run time).
 */
import type { Permission } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { demoAccounts } from '@/lib/demo-accounts';

export type DemoUsername = (typeof demoAccounts)[number]['username'];

/** The demo sign-ins, as the login page lists them. */
export const demoUsers: readonly DemoUsername[] = demoAccounts.map((a) => a.username);

type Resolver = () => SessionUser | null | Promise<SessionUser | null>;
let resolve: Resolver = () => null;

export async function getCurrentUser(): Promise<SessionUser | null> {
  return resolve();
}

// The page and route guards behave as the real ones do, over the user chosen here.

export async function requireUser(): Promise<SessionUser> {
  const { redirect } = await import('next/navigation');
  const user = await getCurrentUser();
  if (!user) return redirect('/login');
  if (user.mustChangePassword) return redirect('/password');
  return user;
}

export async function requirePermission(permission: Permission): Promise<SessionUser> {
  return requireAnyPermission(permission);
}

export async function requireAnyPermission(...permissions: Permission[]): Promise<SessionUser> {
  const { can } = await import('@/lib/auth/permissions');
  const { forbidden } = await import('next/navigation');
  const user = await requireUser();
  return permissions.some((p) => can(user, p)) ? user : forbidden();
}

export async function requireOrganisationUser(): Promise<SessionUser & { organisationId: number }> {
  const { forbidden } = await import('next/navigation');
  const user = await requirePermission('overview.read');
  return user.organisationId === null ? forbidden() : { ...user, organisationId: user.organisationId };
}

export async function routeUser(permission?: Permission): Promise<SessionUser | Response> {
  const { can } = await import('@/lib/auth/permissions');
  const { refusal } = await import('@/lib/http/download');
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refusal(401);
  if (permission && !can(user, permission)) return refusal(403);
  return user;
}

/** A fixed user (or null: no session) for the next calls. */
export function setSessionUser(user: SessionUser | null) {
  resolve = () => user;
}

export function signOut() {
  setSessionUser(null);
}

export async function accountIdOf(username: string): Promise<number> {
  const { db } = await import('@/db');
  const { accounts } = await import('@/db/schema');
  const { eq } = await import('drizzle-orm');
  const row = db.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, username)).get();
  if (!row) throw new Error(`no account named ${username}`);
  return row.id;
}

/**
 * Signs in as an account by username. Like the real `getCurrentUser`, the user is loaded from the
 * database on every call (so a disabled account or a forced password change takes effect at once).
 * Returns the user as loaded now.
 */
export async function signInAs(username: string, preferredBranchId: number | null = null): Promise<SessionUser> {
  const { loadSessionUser } = await import('@/db/queries/session');
  const accountId = await accountIdOf(username);
  resolve = () => loadSessionUser(accountId, preferredBranchId);
  const user = loadSessionUser(accountId, preferredBranchId);
  if (!user) throw new Error(`account ${username} cannot sign in`);
  return user;
}
