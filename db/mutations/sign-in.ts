import 'server-only';
import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { afterFailedAttempt, isLocked, lockedMessage, lockMinutes, maxFailedAttempts } from '@/lib/rules/lockout';
import { db } from '..';
import { accounts } from '../schema';
import { recordAudit } from '../audit';

// Compared against when the username is unknown, so both failures take the same time.
const dummyHash = bcrypt.hashSync('not-a-real-password', 10);
// The same words whether or not the username exists, so the form does not reveal accounts.
const wrongCredentials = `用户名或密码错误（连续错误${maxFailedAttempts}次将锁定账户${lockMinutes}分钟）`;

type SignInResult = { ok: true; accountId: number; username: string } | { ok: false; error: string };

export async function verifyCredentials(username: string, password: string, now = new Date()): Promise<SignInResult> {
  const name = username.trim();
  const account = name
    ? db
        .select({
          id: accounts.id,
          username: accounts.username,
          passwordHash: accounts.passwordHash,
          branchId: accounts.branchId,
          failedAttempts: accounts.failedAttempts,
          lockedUntil: accounts.lockedUntil,
          disabledAt: accounts.disabledAt,
        })
        .from(accounts)
        .where(eq(accounts.username, name))
        .get()
    : undefined;

  if (!account) {
    await bcrypt.compare(password, dummyHash);
    return { ok: false, error: wrongCredentials };
  }
  if (isLocked(account, now)) return { ok: false, error: lockedMessage(account.lockedUntil!) };

  if (await bcrypt.compare(password, account.passwordHash)) {
    // Only someone who knows the password learns that the account is disabled.
    if (account.disabledAt) return { ok: false, error: '该账户已停用，请联系支部书记' };
    db.update(accounts)
      .set({ failedAttempts: 0, lockedUntil: null, lastSignInAt: now.toISOString() })
      .where(eq(accounts.id, account.id))
      .run();
    return { ok: true, accountId: account.id, username: account.username };
  }

  // Re-read and count inside one synchronous transaction after the slow compare, so failures that
  // arrive at the same time each count and cannot dodge the lock.
  const next = db.transaction((tx) => {
    const current = tx
      .select({ failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
      .from(accounts)
      .where(eq(accounts.id, account.id))
      .get()!;
    if (isLocked(current, now)) return { ...current, lockedNow: false, alreadyLocked: true };
    const after = afterFailedAttempt(current, now);
    tx.update(accounts)
      .set({ failedAttempts: after.failedAttempts, lockedUntil: after.lockedUntil })
      .where(eq(accounts.id, account.id))
      .run();
    if (after.lockedNow) {
      recordAudit(tx, {
        accountId: null,
        branchId: account.branchId,
        action: 'account.locked',
        entity: 'accounts',
        entityId: account.id,
        after: { lockedUntil: after.lockedUntil },
      });
    }
    return { ...after, alreadyLocked: false };
  });
  if (next.lockedNow || next.alreadyLocked) return { ok: false, error: lockedMessage(next.lockedUntil!) };
  return { ok: false, error: wrongCredentials };
}
