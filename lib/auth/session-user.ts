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
  /** Every branch the user may read: their own, or all branches of a reviewer's committee. */
  branchIds: number[];
  committeeId: number;
  mustChangePassword: boolean;
  /** The signed-in session the request came with (absent where no browser session is involved, as in tests). */
  sessionId?: string;
};

/** The cookie that remembers which branch a reviewer of several branches is looking at. */
export const branchCookie = 'zhibu-branch';
