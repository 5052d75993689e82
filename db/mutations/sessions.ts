import 'server-only';
import { randomBytes } from 'node:crypto';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { db } from '@/db';
import type { Executor } from '@/db/client';
import { writeWithAudit } from '@/db/mutations/write';
import { signInSessions } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';

/** Records a new sign-in and returns the id its cookie carries. */
export function startSession(accountId: number, now: Date): string {
  const id = randomBytes(24).toString('base64url');
  db.insert(signInSessions).values({ id, accountId, createdAt: now.toISOString() }).run();
  return id;
}

/** Ends one session (signing out in that browser). */
export function endSession(id: string, now: Date): void {
  db.update(signInSessions)
    .set({ endedAt: now.toISOString() })
    .where(and(eq(signInSessions.id, id), isNull(signInSessions.endedAt)))
    .run();
}

/**
 * Ends every session of an account, but `except` (the caller's own, when they changed their own
 * password): after a password change, a reset, a disable or a change of role, no older cookie works.
 */
export function endSessionsOf(executor: Executor, accountId: number, now: Date, except?: string): void {
  executor
    .update(signInSessions)
    .set({ endedAt: now.toISOString() })
    .where(
      and(
        eq(signInSessions.accountId, accountId),
        isNull(signInSessions.endedAt),
        except ? ne(signInSessions.id, except) : undefined,
      ),
    )
    .run();
}

/** 退出所有设备: the caller's sessions everywhere, this one included. */
export function endAllOwnSessions(user: SessionUser, now: Date): void {
  writeWithAudit(user, (tx, audit) => {
    endSessionsOf(tx, user.accountId, now);
    audit({ action: 'account.sign_out_everywhere', entity: 'accounts', entityId: user.accountId });
  });
}
