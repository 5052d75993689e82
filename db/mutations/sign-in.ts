import 'server-only';
import bcrypt from 'bcryptjs';
import { eq, lt } from 'drizzle-orm';
import {
  addressBlockedMessage,
  addressBlockedUntil,
  addressWindowMinutes,
  afterAddressFailure,
  afterFailedAttempt,
  isLocked,
  lockedMessage,
  lockMinutes,
  maxFailedAttempts,
} from '@/lib/rules/lockout';
import { now as clockNow } from '@/lib/clock';
import { db } from '..';
import type { Executor } from '../client';
import { accounts, signInAddresses } from '../schema';
import { recordAudit } from '../audit';

// Compared against when the username is unknown, so both failures take the same time.
const dummyHash = bcrypt.hashSync('not-a-real-password', 10);
// The same words whether or not the username exists, so the form does not reveal accounts.
const wrongCredentials = `用户名或密码错误（连续错误${maxFailedAttempts}次将锁定账户${lockMinutes}分钟）`;

type SignInResult = { ok: true; accountId: number; username: string } | { ok: false; error: string };

function addressState(executor: Executor, address: string) {
  return executor.select().from(signInAddresses).where(eq(signInAddresses.address, address)).get();
}

/** Counts one failed sign-in against the client's address (and forgets windows long over). */
function countAddressFailure(executor: Executor, address: string | null, now: Date) {
  if (!address) return;
  const next = afterAddressFailure(addressState(executor, address), now);
  executor
    .insert(signInAddresses)
    .values({ address, ...next })
    .onConflictDoUpdate({ target: signInAddresses.address, set: next })
    .run();
  const stale = new Date(now.getTime() - addressWindowMinutes * 60_000).toISOString();
  executor.delete(signInAddresses).where(lt(signInAddresses.windowStart, stale)).run();
}

/**
 * Checks a username and password. `address` is the client's address (lib/http/client-address.ts):
 * too many failures from it refuse it for a while, before any password is compared.
 */
export async function verifyCredentials(username: string, password: string, now = clockNow(), address: string | null = null): Promise<SignInResult> {
  const blockedUntil = address ? addressBlockedUntil(addressState(db, address), now) : null;
  if (blockedUntil) return { ok: false, error: addressBlockedMessage(blockedUntil) };

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
    if (address) db.transaction((tx) => countAddressFailure(tx, address, now), { behavior: 'immediate' });
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
  // arrive at the same time each count and cannot dodge the lock. IMMEDIATE: the write lock is taken
  // before the read, so guesses handled by different server processes are counted one after another.
  const next = db.transaction((tx) => {
    countAddressFailure(tx, address, now);
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
  }, { behavior: 'immediate' });
  if (next.lockedNow || next.alreadyLocked) return { ok: false, error: lockedMessage(next.lockedUntil!) };
  return { ok: false, error: wrongCredentials };
}
