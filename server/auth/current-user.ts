import 'server-only';
import { cookies } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { loadSessionUser, sessionIsLive } from '@/db/queries/session';
import { can, type Permission } from '@/lib/auth/permissions';
import { branchCookie, type SessionUser } from '@/lib/auth/session-user';
import { now } from '@/lib/clock';
import { refusal } from '@/lib/http/download';
import { authOptions } from '@/server/auth/options';

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const { id, sid } = (session?.user ?? {}) as { id?: string; sid?: string };
  const accountId = Number(id);
  if (!Number.isInteger(accountId) || accountId <= 0 || !sid) return null;
  // A cookie outlives nothing its session did not: sign-out, a password change, a reset, the 7 days.
  if (!sessionIsLive(sid, accountId, now())) return null;
  const preferred = Number((await cookies()).get(branchCookie)?.value) || null;
  const user = loadSessionUser(accountId, preferred);
  return user && { ...user, sessionId: sid };
});

/** For pages: the signed-in user, or a redirect to sign in (or to the forced password change). */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/login');
  if (user.mustChangePassword) redirect('/password');
  return user;
}

/** For pages: the user if the role holds the permission; otherwise a 403 page. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await requireUser();
  if (!can(user, permission)) forbidden();
  return user;
}

/** For pages open to several roles in different measure (a member sees only their own records). */
export async function requireAnyPermission(...permissions: Permission[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!permissions.some((p) => can(user, p))) forbidden();
  return user;
}

/**
 * For route handlers (downloads): the user, or the response that refuses them — 401 when not signed in
 * (or still on an initial password), 403 without the permission.
 */
export async function routeUser(permission?: Permission): Promise<SessionUser | Response> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return refusal(401);
  if (permission && !can(user, permission)) return refusal(403);
  return user;
}

/** For the pages of an organisation above branches: the user and the organisation they work for; a 403 page otherwise. */
export async function requireOrganisationUser(): Promise<SessionUser & { organisationId: number }> {
  const user = await requirePermission('overview.read');
  if (user.organisationId === null) forbidden();
  return { ...user, organisationId: user.organisationId };
}
