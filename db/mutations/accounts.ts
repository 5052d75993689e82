import 'server-only';
import { randomInt } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '@/db';
import { endSessionsOf } from '@/db/mutations/sessions';
import { checkOwnPassword } from '@/db/mutations/sign-in';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { takenUsernames } from '@/db/queries/accounts';
import { currentIn } from '@/db/queries/scope';
import { accounts, people } from '@/db/schema';
import { randomInitialPassword, roleForCommitteeTitle } from '@/lib/accounts/suggestions';
import { suggestUsername } from '@/lib/accounts/username';
import type {
  changeCommitteeTitleSchema,
  changeOwnPasswordSchema,
  changeRoleSchema,
  createAccountSchema,
  createMemberAccountsSchema,
  resetPasswordSchema,
  setAccountDisabledSchema,
} from '@/lib/accounts/validation';
import { roleLabels } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session-user';
import { now, nowIso } from '@/lib/clock';
import { ActionError, ConflictError } from '@/lib/errors';
import type { z } from '@/lib/validation/zod';

export const passwordHashCost = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, passwordHashCost);
}

export async function createAccount(user: SessionUser, input: z.infer<typeof createAccountSchema>) {
  const passwordHash = await hashPassword(input.initialPassword);
  return writeWithAudit(user, (tx, audit) => {
    const person = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.id, input.personId), currentIn(people, user)))
      .get();
    if (!person) throw new ActionError('请选择本支部在册人员', { personId: ['请选择本支部在册人员'] });
    const existing = tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.personId, input.personId)).get();
    if (existing) throw new ActionError('此人已有账户，可在列表中重置密码', { personId: ['此人已有账户'] });
    const taken = tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, input.username)).get();
    if (taken) throw new ActionError('用户名已被使用', { username: ['用户名已被使用，请换一个'] });

    const row = tx
      .insert(accounts)
      .values({
        username: input.username,
        passwordHash,
        role: input.role,
        personId: input.personId,
        branchId: user.branchId,
        mustChangePassword: true,
      })
      .returning()
      .get();
    audit({ action: 'account.create', entity: 'accounts', entityId: row.id, after: row });
    return row.id;
  });
}

const serverRandomInts = (bounds: number[]) => bounds.map((bound) => randomInt(bound));

/** A new account as the printed sheet shows it: the initial password appears there once and nowhere else. */
export type IssuedAccount = { name: string; username: string; role: string; initialPassword: string };

/**
 * 为所有党员开通账户: every full and probationary member of the branch without an account gets one,
 * with a username from their name, the role their 支委职务 suggests and a random initial password to
 * change at first sign-in. One audit entry names the accounts (never the passwords).
 */
export async function createMemberAccounts(
  user: SessionUser,
  input: z.infer<typeof createMemberAccountsSchema>,
): Promise<IssuedAccount[]> {
  const withoutAccount = () =>
    db
      .select({ id: people.id, name: people.name, committeeTitle: people.committeeTitle })
      .from(people)
      .leftJoin(accounts, eq(accounts.personId, people.id))
      .where(
        and(currentIn(people, user), isNull(accounts.id), inArray(people.politicalStatus, ['full', 'probationary'])),
      )
      .orderBy(people.id)
      .all();
  const members = withoutAccount();
  if (members.length === 0) throw new ActionError('本支部的党员都已有账户');
  if (members.length !== input.expected) {
    throw new ConflictError(
      `尚无账户的党员现在是 ${members.length} 名，不是页面上的 ${input.expected} 名：未开通任何账户，请刷新页面后确认。`,
    );
  }
  const taken = new Set(takenUsernames());
  const planned = await Promise.all(
    members.map(async (person) => {
      const username = suggestUsername(person.name, taken);
      taken.add(username);
      const initialPassword = randomInitialPassword(serverRandomInts);
      return {
        person,
        username,
        initialPassword,
        role: roleForCommitteeTitle(person.committeeTitle),
        passwordHash: await hashPassword(initialPassword),
      };
    }),
  );
  return writeWithAudit(user, (tx, audit) => {
    // Hashing took a moment: someone given an account meanwhile, or a username taken, means start again.
    const stillWithout = new Set(withoutAccount().map((p) => p.id));
    const clash = tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(
        inArray(
          accounts.username,
          planned.map((p) => p.username),
        ),
      )
      .get();
    if (clash || planned.some((p) => !stillWithout.has(p.person.id)))
      throw new ConflictError('名单刚刚有变动，未开通任何账户，请重试。');
    const rows = tx
      .insert(accounts)
      .values(
        planned.map((p) => ({
          username: p.username,
          passwordHash: p.passwordHash,
          role: p.role,
          personId: p.person.id,
          branchId: user.branchId,
          mustChangePassword: true,
        })),
      )
      .returning({ id: accounts.id, username: accounts.username, role: accounts.role, personId: accounts.personId })
      .all();
    audit({ action: 'account.create_for_members', entity: 'accounts', after: { accounts: rows } });
    return planned.map((p) => ({
      name: p.person.name,
      username: p.username,
      role: roleLabels[p.role],
      initialPassword: p.initialPassword,
    }));
  });
}

function refuseSelf(user: SessionUser, accountId: number, what: string) {
  if (accountId === user.accountId) throw new ActionError(`不能${what}自己的账户`);
}

export async function resetPassword(user: SessionUser, input: z.infer<typeof resetPasswordSchema>) {
  refuseSelf(user, input.id, '在此重置');
  const passwordHash = await hashPassword(input.initialPassword);
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      accounts,
      { ...input, branchId: user.branchId },
      {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
      },
    );
    endSessionsOf(tx, input.id, now());
    audit({ action: 'account.reset_password', entity: 'accounts', entityId: input.id, before, after });
  });
}

export function setAccountDisabled(user: SessionUser, input: z.infer<typeof setAccountDisabledSchema>) {
  refuseSelf(user, input.id, '停用');
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      accounts,
      { ...input, branchId: user.branchId },
      {
        disabledAt: input.disabled ? nowIso() : null,
      },
    );
    if (input.disabled) endSessionsOf(tx, input.id, now());
    audit({
      action: input.disabled ? 'account.disable' : 'account.enable',
      entity: 'accounts',
      entityId: input.id,
      before,
      after,
    });
  });
}

export function changeRole(user: SessionUser, input: z.infer<typeof changeRoleSchema>) {
  refuseSelf(user, input.id, '修改');
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      accounts,
      { ...input, branchId: user.branchId },
      {
        role: input.role,
      },
    );
    endSessionsOf(tx, input.id, now());
    audit({ action: 'account.change_role', entity: 'accounts', entityId: input.id, before, after });
  });
}

export function changeCommitteeTitle(user: SessionUser, input: z.infer<typeof changeCommitteeTitleSchema>) {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      people,
      { id: input.personId, version: input.version, branchId: user.branchId },
      { committeeTitle: input.committeeTitle },
    );
    if (input.committeeTitle && after.politicalStatus !== 'full' && after.politicalStatus !== 'probationary') {
      throw new ActionError('支委职务只能由党员担任');
    }
    audit({ action: 'person.change_committee_title', entity: 'people', entityId: input.personId, before, after });
  });
}

export async function changeOwnPassword(user: SessionUser, input: z.infer<typeof changeOwnPasswordSchema>) {
  const wrong = await checkOwnPassword(user.accountId, input.currentPassword);
  if (wrong) throw new ActionError(wrong, { currentPassword: [wrong] });
  const current = db.select({ version: accounts.version }).from(accounts).where(eq(accounts.id, user.accountId)).get()!;
  const passwordHash = await hashPassword(input.newPassword);
  writeWithAudit(user, (tx, audit) => {
    // The account's own row; a reviewer's account has no branch, so match on the id and version alone.
    const result = tx
      .update(accounts)
      .set({ passwordHash, mustChangePassword: false, updatedAt: nowIso(), version: current.version + 1 })
      .where(and(eq(accounts.id, user.accountId), eq(accounts.version, current.version)))
      .run();
    if (result.changes !== 1) throw new ActionError('密码未修改：账户刚被他人更新，请重试');
    // Other browsers signed in with the old password are signed out; this one stays.
    endSessionsOf(tx, user.accountId, now(), user.sessionId);
    audit({ action: 'account.change_own_password', entity: 'accounts', entityId: user.accountId });
  });
}
