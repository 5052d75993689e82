import type { Role } from '@/lib/auth/roles';

/** Who is asking, resolved from the session on every request (never trusted from the client). */
export type SessionUser = {
  accountId: number;
  username: string;
  role: Role;
  name: string;
  personId: number | null;
  /** The branch whose records the user is working on (a reviewer picks it with the switcher). */
  branchId: number;
  branchName: string;
  /** Every branch the user may read: their own, or every branch beneath the organisation of an organisation's account. */
  branchIds: number[];
  /** The organisation (党委, 党工委, 党总支) an account above branches works for; null for a branch's accounts. */
  organisationId: number | null;
  mustChangePassword: boolean;
  /** The signed-in session the request came with (absent where no browser session is involved, as in tests). */
  sessionId?: string;
};

/** The cookie that remembers which branch a reviewer of several branches is looking at. */
export const branchCookie = 'zhibu-branch';

/** How the choices of branch and year are kept: for a year, on this browser, out of scripts' reach. */
export const preferenceCookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  maxAge: 60 * 60 * 24 * 365,
} as const;
