import 'server-only';
import bcrypt from 'bcryptjs';
import { and, eq, gt, lt, type SQL, sql } from 'drizzle-orm';
import { db } from '@/db';
import { recordAudit } from '@/db/audit';
import type { Executor } from '@/db/client';
import { accounts, signInAddresses } from '@/db/schema';
import {
  addressBlockedMessage,
  addressBlockedUntil,
  addressWindowMinutes,
  afterAddressFailure,
  isLocked,
  lockAfterFailure,
  lockedMessage,
  lockMinutes,
  maxFailedAttempts,
} from '@/lib/auth/lockout';
import { now as clockNow } from '@/lib/clock';

// Compared against when the username is unknown, so both failures take the same time.
const dummyHash = bcrypt.hashSync('not-a-real-password', 10);
/**
 * The same words for an unknown username, a wrong password and a locked account, so the form reveals
 * neither which accounts exist nor which are locked; the rule it states tells a locked-out user why.
 */
const wrongCredentials = `用户名或密码错误（连续错误${maxFailedAttempts}次将锁定账户${lockMinutes}分钟）`;

type SignInResult = { ok: true; accountId: number; username: string } | { ok: false; error: string };

const lockColumns = {
  id: accounts.id,
  username: accounts.username,
  passwordHash: accounts.passwordHash,
  branchId: accounts.branchId,
  failedAttempts: accounts.failedAttempts,
  lockedUntil: accounts.lockedUntil,
  disabledAt: accounts.disabledAt,
};
type Candidate = {
  id: number;
  username: string;
  passwordHash: string;
  branchId: number | null;
  disabledAt: string | null;
};

function addressState(executor: Executor, address: string) {
  return executor.select().from(signInAddresses).where(eq(signInAddresses.address, address)).get();
}

/** Counts one attempt against the client's address (and forgets windows long over). */
function countAddressAttempt(executor: Executor, address: string, now: Date) {
  const next = afterAddressFailure(addressState(executor, address), now);
  executor
    .insert(signInAddresses)
    .values({ address, ...next })
    .onConflictDoUpdate({ target: signInAddresses.address, set: next })
    .run();
  const stale = new Date(now.getTime() - addressWindowMinutes * 60_000).toISOString();
  executor.delete(signInAddresses).where(lt(signInAddresses.windowStart, stale)).run();
}

type Reservation = { refused: string } | { account: Candidate | null };

/**
 * Counts an attempt before its password is compared, in one IMMEDIATE transaction (the write lock taken
 * before the read, so attempts handled at the same moment, by any server process, are counted one after
 * another): the address's throttle and the account's lock are decided here, and an account whose
 * remaining attempts are all taken by attempts still being compared accepts no more. So however many
 * guesses arrive at once, at most `maxFailedAttempts` of them are ever compared.
 */
function reserveAttempt(which: SQL, now: Date, address: string | null): Reservation {
  return db.transaction(
    (tx) => {
      if (address) {
        const blockedUntil = addressBlockedUntil(addressState(tx, address), now);
        if (blockedUntil) return { refused: addressBlockedMessage(blockedUntil) };
        countAddressAttempt(tx, address, now);
      }
      const account = tx.select(lockColumns).from(accounts).where(which).get();
      if (!account) return { account: null };
      if (isLocked(account, now) || account.failedAttempts >= maxFailedAttempts) return { refused: wrongCredentials };
      tx.update(accounts)
        .set({ failedAttempts: sql`${accounts.failedAttempts} + 1` })
        .where(eq(accounts.id, account.id))
        .run();
      return { account };
    },
    { behavior: 'immediate' },
  );
}

/** A wrong password: the attempt stays counted; the one that used up the last attempt locks the account. */
function settleFailure(account: Candidate, now: Date): void {
  db.transaction(
    (tx) => {
      const current = tx
        .select({ failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
        .from(accounts)
        .where(eq(accounts.id, account.id))
        .get()!;
      const lockedUntil = lockAfterFailure(current, now);
      if (!lockedUntil) return;
      tx.update(accounts).set({ failedAttempts: 0, lockedUntil }).where(eq(accounts.id, account.id)).run();
      recordAudit(tx, {
        accountId: null,
        branchId: account.branchId,
        action: 'account.locked',
        entity: 'accounts',
        entityId: account.id,
        after: { lockedUntil },
      });
    },
    { behavior: 'immediate' },
  );
}

/**
 * The right password: the failures so far are forgotten and the address's count of this attempt
 * taken back, unless a lock was set while it was being compared (a lock is never lifted by a success).
 * Returns whether the account is free.
 */
function settleSuccess(account: Candidate, now: Date, address: string | null, signIn: boolean): boolean {
  return db.transaction(
    (tx) => {
      const current = tx
        .select({ failedAttempts: accounts.failedAttempts, lockedUntil: accounts.lockedUntil })
        .from(accounts)
        .where(eq(accounts.id, account.id))
        .get()!;
      if (isLocked(current, now)) return false;
      tx.update(accounts)
        .set({ failedAttempts: 0, ...(signIn ? { lastSignInAt: now.toISOString() } : {}) })
        .where(eq(accounts.id, account.id))
        .run();
      if (address) {
        tx.update(signInAddresses)
          .set({ failures: sql`${signInAddresses.failures} - 1` })
          .where(and(eq(signInAddresses.address, address), gt(signInAddresses.failures, 0)))
          .run();
      }
      return true;
    },
    { behavior: 'immediate' },
  );
}

/**
 * Checks a username and password. `address` is the client's address (lib/http/client-address.ts):
 * too many attempts from it refuse it for a while, before any password is compared.
 */
export async function verifyCredentials(
  username: string,
  password: string,
  now = clockNow(),
  address: string | null = null,
): Promise<SignInResult> {
  const name = username.trim();
  const reserved = reserveAttempt(eq(accounts.username, name), now, address);
  if ('refused' in reserved) return { ok: false, error: reserved.refused };
  const { account } = reserved;
  if (!account) {
    await bcrypt.compare(password, dummyHash);
    return { ok: false, error: wrongCredentials };
  }
  if (!(await bcrypt.compare(password, account.passwordHash))) {
    settleFailure(account, now);
    return { ok: false, error: wrongCredentials };
  }
  // Only someone who knows the password learns that the account is disabled.
  if (account.disabledAt) {
    settleSuccess(account, now, address, false);
    return { ok: false, error: '该账户已停用，请联系支部书记' };
  }
  if (!settleSuccess(account, now, address, true)) return { ok: false, error: wrongCredentials };
  return { ok: true, accountId: account.id, username: account.username };
}

/**
 * The signed-in user's current password, as changing it asks for: counted and locked exactly like
 * sign-in, so a session left open does not allow guessing it. Returns null when right, else why not.
 */
export async function checkOwnPassword(accountId: number, password: string, now = clockNow()): Promise<string | null> {
  const reserved = reserveAttempt(eq(accounts.id, accountId), now, null);
  if ('refused' in reserved) {
    const lock = db
      .select({ lockedUntil: accounts.lockedUntil })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .get();
    return lock?.lockedUntil && isLocked({ failedAttempts: 0, lockedUntil: lock.lockedUntil }, now)
      ? lockedMessage(lock.lockedUntil)
      : '当前密码不正确';
  }
  const { account } = reserved;
  if (!account) return '当前密码不正确';
  if (!(await bcrypt.compare(password, account.passwordHash))) {
    settleFailure(account, now);
    return `当前密码不正确（连续错误${maxFailedAttempts}次将锁定账户${lockMinutes}分钟）`;
  }
  return settleSuccess(account, now, null, false) ? null : '当前密码不正确';
}
