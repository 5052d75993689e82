import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { rowCount, setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const { createAccount, createMemberAccounts, resetPassword, setAccountDisabled, changeRole } = await import(
  '@/app/(app)/accounts/actions'
);
const { changeOwnPassword, signOutEverywhere } = await import('@/app/(account)/password/actions');
const { startSession, endSession } = await import('@/db/mutations/sessions');
const { sessionIsLive } = await import('@/db/queries/session');
const { authOptions } = await import('@/server/auth/options');
const { setSessionUser } = await import('@/tests/support/session');
const { verifyCredentials } = await import('@/db/mutations/sign-in');
const { accounts, auditLog, people } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');

const demoPassword = 'demo1234';

describe('createAccount', () => {
  it('creates the account with a bcrypt hash (never the password) and a forced password change', async () => {
    const shuji = await signInAs('shuji');
    const person = f.personNamed('刘建军');
    const auditBefore = f.lastAuditId();

    const result = await callAction(createAccount, {
      personId: person.id,
      username: 'liujianjun',
      role: 'member',
      initialPassword: 'Start2024x',
    });

    expect(result).toMatchObject({ ok: true, message: expect.stringContaining('liujianjun') });
    const account = f.accountNamed('liujianjun');
    expect(account).toMatchObject({
      personId: person.id,
      branchId: shuji.branchId,
      role: 'member',
      mustChangePassword: true,
    });
    expect(account.passwordHash.startsWith('$2')).toBe(true);
    expect(account.passwordHash).not.toContain('Start2024x');
    expect(await bcrypt.compare('Start2024x', account.passwordHash)).toBe(true);

    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'account.create', entity: 'accounts', entityId: account.id });
    expect(JSON.stringify(audit[0].after)).not.toContain(account.passwordHash);
    expect(audit[0].after).not.toHaveProperty('passwordHash');
  });

  it('refuses a username that is taken, on the username field, and writes nothing', async () => {
    await signInAs('shuji');
    const before = tableChecksum(db);

    const result = await callAction(createAccount, {
      personId: f.personNamed('陈晓梅').id,
      username: 'zuzhi',
      role: 'member',
      initialPassword: 'Start2024x',
    });

    expect(result).toMatchObject({ ok: false, fieldErrors: { username: [expect.stringContaining('已被使用')] } });
    expect(tableChecksum(db)).toEqual(before);
  });

  it('refuses a person of another branch', async () => {
    await signInAs('shuji');
    const before = tableChecksum(db);

    const result = await callAction(createAccount, {
      personId: f.personNamed('乔振宇').id,
      username: 'qiaozhenyu',
      role: 'member',
      initialPassword: 'Start2024x',
    });

    expect(result).toMatchObject({ ok: false, fieldErrors: { personId: ['请选择本支部在册人员'] } });
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('a secretary and their own account', () => {
  it('cannot disable it, change its role, or reset its password from the accounts page', async () => {
    const shuji = await signInAs('shuji');
    const own = f.accountNamed('shuji');
    const before = tableChecksum(db);

    expect(await callAction(setAccountDisabled, { id: own.id, version: own.version, disabled: 'true' })).toEqual({
      ok: false,
      error: '不能停用自己的账户',
    });
    expect(await callAction(changeRole, { id: own.id, version: own.version, role: 'member' })).toEqual({
      ok: false,
      error: '不能修改自己的账户',
    });
    expect(
      await callAction(resetPassword, { id: own.id, version: own.version, initialPassword: 'Reset2024x' }),
    ).toMatchObject({ ok: false, error: expect.stringContaining('自己的账户') });

    expect(f.accountNamed('shuji')).toEqual(own);
    expect(shuji.role).toBe('secretary');
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('resetPassword', () => {
  it('sets a new initial password, forces a change, and clears the lock and the failed attempts', async () => {
    await signInAs('shuji');
    const lockedUntil = new Date(Date.now() + 10 * 60_000).toISOString();
    db.update(accounts).set({ failedAttempts: 3, lockedUntil }).where(eq(accounts.username, 'xuanchuan')).run();
    const target = f.accountNamed('xuanchuan');
    const auditBefore = f.lastAuditId();

    const result = await callAction(resetPassword, {
      id: target.id,
      version: target.version,
      initialPassword: 'Reset2024x',
    });

    expect(result).toMatchObject({ ok: true });
    const after = f.accountNamed('xuanchuan');
    expect(after).toMatchObject({
      failedAttempts: 0,
      lockedUntil: null,
      mustChangePassword: true,
      version: target.version + 1,
    });
    expect(await bcrypt.compare('Reset2024x', after.passwordHash)).toBe(true);
    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['account.reset_password']);
    expect(audit[0].after).not.toHaveProperty('passwordHash');
  });
});

describe('changeOwnPassword', () => {
  it('refuses a wrong current password, counting it toward the lock, and leaves the hash as it was', async () => {
    await signInAs('zuzhi');
    const before = f.accountNamed('zuzhi');

    const result = await callAction(changeOwnPassword, {
      currentPassword: 'wrong-password1',
      newPassword: 'Changed2024',
      confirmPassword: 'Changed2024',
    });

    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: [expect.stringContaining('当前密码不正确')] },
    });
    const after = f.accountNamed('zuzhi');
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.failedAttempts).toBe(before.failedAttempts + 1);
  });

  it('changes the password with the right current one and clears the forced change', async () => {
    await signInAs('zuzhi');
    db.update(accounts).set({ mustChangePassword: true }).where(eq(accounts.username, 'zuzhi')).run();

    const result = await callAction(changeOwnPassword, {
      currentPassword: demoPassword,
      newPassword: 'Changed2024',
      confirmPassword: 'Changed2024',
    });

    expect(result).toEqual({ redirected: '/?password=changed' });
    const account = f.accountNamed('zuzhi');
    expect(account.mustChangePassword).toBe(false);
    expect(await bcrypt.compare('Changed2024', account.passwordHash)).toBe(true);
  });
});

describe('verifyCredentials lockout', () => {
  it('locks the account on the 5th wrong password and then refuses even the right one, in the same words', async () => {
    const now = new Date();
    const auditBefore = f.lastAuditId();

    const results = [];
    for (let i = 0; i < 5; i++) results.push(await verifyCredentials('dangyuan', `wrong-${i}`, now));
    const unknown = await verifyCredentials('nobody-at-all', 'wrong-x', now);

    // Whether the username exists or is locked, the answer is the same.
    for (const r of results) expect(r).toEqual(unknown);
    const locked = f.accountNamed('dangyuan');
    expect(locked.lockedUntil).not.toBeNull();
    expect(new Date(locked.lockedUntil!).getTime()).toBeGreaterThan(now.getTime());
    expect((await f.auditEntriesAfter(auditBefore)).map((a) => a.action)).toEqual(['account.locked']);

    const right = await verifyCredentials('dangyuan', demoPassword, new Date(now.getTime() + 60_000));
    expect(right).toEqual(unknown);
    expect(f.accountNamed('dangyuan').lastSignInAt).toBeNull();

    // Once the 15 minutes are over, the right password works again.
    const later = await verifyCredentials('dangyuan', demoPassword, new Date(now.getTime() + 16 * 60_000));
    expect(later).toMatchObject({ ok: true, username: 'dangyuan' });
  });

  // Each attempt is counted before its password is compared, so guesses sent at once cannot outrun the lock.
  it('locks the account when 5 wrong passwords arrive at the same time', async () => {
    await Promise.all(Array.from({ length: 5 }, (_, i) => verifyCredentials('xuanchuan', `wrong-${i}`)));
    expect(f.accountNamed('xuanchuan').lockedUntil).not.toBeNull();
  });

  it('compares no more than 5 of 30 guesses sent at once: the right one among the later ones is refused, and the lock stays', async () => {
    const branchId = f.accountNamed('shuji').branchId;
    db.insert(accounts)
      .values({
        username: 'racetest',
        passwordHash: bcrypt.hashSync(demoPassword, 10),
        role: 'member',
        branchId,
        mustChangePassword: false,
      })
      .run();
    const guesses = Array.from({ length: 30 }, (_, i) => (i === 10 ? demoPassword : `wrong-guess-${i}`));
    const results = await Promise.all(guesses.map((password) => verifyCredentials('racetest', password)));
    expect(results[10]).toMatchObject({ ok: false });
    expect(results.every((r) => !r.ok)).toBe(true);
    const after = f.accountNamed('racetest');
    expect(after.lockedUntil).not.toBeNull();
    expect(after.lastSignInAt).toBeNull();
  }, 30_000);

  it('pauses an address after 20 attempts sent at once, evaluating none beyond them', async () => {
    const address = '203.0.113.99';
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => verifyCredentials(`nobody-${i}`, `wrong-${i}`, new Date(), address)),
    );
    const paused = results.filter((r) => !r.ok && r.error.includes('此地址登录失败次数过多'));
    expect(paused).toHaveLength(40);
  }, 30_000);

  it('counts wrong current passwords when changing one’s own, and locks after 5', async () => {
    await signInAs('zuzhi');
    db.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.username, 'zuzhi')).run();
    for (let i = 0; i < 5; i++) {
      await callAction(changeOwnPassword, {
        currentPassword: `wrong-${i}x`,
        newPassword: 'Changed2024',
        confirmPassword: 'Changed2024',
      });
    }
    expect(f.accountNamed('zuzhi').lockedUntil).not.toBeNull();
    const right = await callAction(changeOwnPassword, {
      currentPassword: demoPassword,
      newPassword: 'Changed2024',
      confirmPassword: 'Changed2024',
    });
    expect(right).toMatchObject({ ok: false, error: expect.stringContaining('账户已锁定') });
    db.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.username, 'zuzhi')).run();
  }, 30_000);

  it('pauses an address after 20 failures across usernames, before comparing any password', async () => {
    const now = new Date();
    const guesser = '203.0.113.7';
    for (let i = 0; i < 20; i++) {
      // Four wrong passwords for dangwei: one short of its own lock.
      const r = await verifyCredentials(i % 5 === 0 ? 'dangwei' : `guess-${i}`, `wrong-${i}`, now, guesser);
      expect(r).toMatchObject({ ok: false, error: expect.stringContaining('用户名或密码错误') });
    }

    const refused = await verifyCredentials('dangwei', demoPassword, now, guesser);
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('此地址登录失败次数过多') });
    expect(await verifyCredentials('dangwei', demoPassword, now, '198.51.100.20')).toMatchObject({ ok: true });
    expect(
      await verifyCredentials('dangwei', demoPassword, new Date(now.getTime() + 16 * 60_000), guesser),
    ).toMatchObject({ ok: true });
  }, 30_000);

  it('answers an unknown username exactly like a wrong password', async () => {
    const unknown = await verifyCredentials('nobody', 'whatever1');
    const wrong = await verifyCredentials('dangwei', 'whatever1');
    expect(unknown).toEqual(wrong);
    expect(rowCount(db, 'accounts')).toBeGreaterThan(0);
  });
});

describe('createMemberAccounts', () => {
  it('opens an account for every member without one, each with its own initial password, shown once and kept only as a hash', async () => {
    const caizheng = await signInAs('caizheng');
    const inBranch = db.select().from(people).where(eq(people.branchId, caizheng.branchId)).all();
    const withAccount = new Set(
      db
        .select({ personId: accounts.personId })
        .from(accounts)
        .all()
        .map((a) => a.personId),
    );
    const expected = inBranch.filter(
      (p) =>
        !p.archivedAt &&
        !withAccount.has(p.id) &&
        (p.politicalStatus === 'full' || p.politicalStatus === 'probationary'),
    );
    const others = inBranch.filter((p) => !withAccount.has(p.id) && !expected.includes(p));
    expect(expected.length).toBeGreaterThan(1);
    expect(others.length).toBeGreaterThan(0); // applicants and activists get none
    const auditBefore = f.lastAuditId();
    // A list that changed since the page was read is not acted on.
    const before = tableChecksum(db);
    expect(await callAction(createMemberAccounts, { expected: expected.length + 1 })).toMatchObject({
      ok: false,
      conflict: true,
    });
    expect(tableChecksum(db)).toEqual(before);

    const result = await callAction(createMemberAccounts, { expected: expected.length });
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringContaining(`已为 ${expected.length} 名党员开通账户`),
    });
    const issued = (result as { data: { name: string; username: string; role: string; initialPassword: string }[] })
      .data;
    expect(issued.map((a) => a.name)).toEqual(expected.map((p) => p.name));
    expect(new Set(issued.map((a) => a.username)).size).toBe(issued.length);
    expect(new Set(issued.map((a) => a.initialPassword)).size).toBe(issued.length);
    for (const [i, a] of issued.entries()) {
      const account = f.accountNamed(a.username);
      expect(account).toMatchObject({
        personId: expected[i].id,
        branchId: caizheng.branchId,
        mustChangePassword: true,
      });
      expect(account.role).toBe(
        expected[i].committeeTitle ? (expected[i].committeeTitle === '书记' ? 'secretary' : 'committee') : 'member',
      );
      expect(a.initialPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z\d]{10}$/);
      expect(await bcrypt.compare(a.initialPassword, account.passwordHash)).toBe(true);
    }
    expect(await verifyCredentials(issued[0].username, issued[0].initialPassword)).toMatchObject({ ok: true });
    for (const other of others)
      expect(db.select().from(accounts).where(eq(accounts.personId, other.id)).get()).toBeUndefined();

    const entries = db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.id > auditBefore);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'account.create_for_members', entity: 'accounts' });
    for (const a of issued) expect(JSON.stringify(entries[0])).not.toContain(a.initialPassword);
  });

  it('says so when every member has an account, writing nothing; other branches are not its to open', async () => {
    await signInAs('caizheng');
    const before = tableChecksum(db);
    expect(await callAction(createMemberAccounts, { expected: 1 })).toMatchObject({
      ok: false,
      error: '本支部的党员都已有账户',
    });
    await signInAs('zuzhi');
    expect(await callAction(createMemberAccounts, { expected: 1 })).toMatchObject({
      ok: false,
      error: '您没有执行此操作的权限',
    });
    expect(tableChecksum(db)).toEqual(before);
  });
});

describe('sessions', () => {
  const at = new Date('2026-11-26T02:00:00.000Z');
  const later = (hours: number) => new Date(at.getTime() + hours * 60 * 60_000);

  it('stand until signed out, and for 7 days at most however often they are used', () => {
    const { id } = f.accountNamed('dangyuan');
    const sid = startSession(id, at);
    expect(sessionIsLive(sid, id, later(1))).toBe(true);
    expect(sessionIsLive(sid, id + 1, later(1))).toBe(false);
    expect(sessionIsLive(sid, id, later(7 * 24 - 1))).toBe(true);
    expect(sessionIsLive(sid, id, later(7 * 24))).toBe(false);
    expect(sessionIsLive('no-such-session', id, later(1))).toBe(false);
    // Signing out (next-auth's signOut event) ends the session its cookie names.
    const other = startSession(id, at);
    void authOptions.events!.signOut!({ token: { sid: other }, session: undefined as never });
    expect(sessionIsLive(other, id, later(1))).toBe(false);
    expect(sessionIsLive(sid, id, later(1))).toBe(true);
    endSession(sid, later(2));
    expect(sessionIsLive(sid, id, later(2))).toBe(false);
  });

  it('end in every other browser when one changes the password; this one stays', async () => {
    db.update(accounts).set({ failedAttempts: 0, lockedUntil: null }).where(eq(accounts.username, 'dangyuan')).run();
    const user = await signInAs('dangyuan');
    const here = startSession(user.accountId, new Date());
    const elsewhere = startSession(user.accountId, new Date());
    setSessionUser({ ...user, sessionId: here });
    const result = await callAction(changeOwnPassword, {
      currentPassword: demoPassword,
      newPassword: 'Changed2024',
      confirmPassword: 'Changed2024',
    });
    expect(result).toMatchObject({ redirected: '/?password=changed' });
    expect(sessionIsLive(here, user.accountId, new Date())).toBe(true);
    expect(sessionIsLive(elsewhere, user.accountId, new Date())).toBe(false);
  });

  it('end everywhere when the secretary resets the password or changes the role, or the user signs out of every device', async () => {
    const member = f.accountNamed('dangyuan');
    const beforeReset = startSession(member.id, new Date());
    await signInAs('shuji');
    expect(
      await callAction(resetPassword, {
        id: member.id,
        version: f.accountNamed('dangyuan').version,
        initialPassword: 'Reset2026a',
      }),
    ).toMatchObject({ ok: true });
    expect(sessionIsLive(beforeReset, member.id, new Date())).toBe(false);

    const beforeRole = startSession(member.id, new Date());
    expect(
      await callAction(changeRole, { id: member.id, version: f.accountNamed('dangyuan').version, role: 'member' }),
    ).toMatchObject({ ok: true });
    expect(sessionIsLive(beforeRole, member.id, new Date())).toBe(false);

    const zuzhi = await signInAs('zuzhi');
    const phone = startSession(zuzhi.accountId, new Date());
    const laptop = startSession(zuzhi.accountId, new Date());
    setSessionUser({ ...zuzhi, sessionId: laptop });
    expect(await callAction(signOutEverywhere, { confirm: 'yes' })).toMatchObject({ ok: true });
    expect([
      sessionIsLive(phone, zuzhi.accountId, new Date()),
      sessionIsLive(laptop, zuzhi.accountId, new Date()),
    ]).toEqual([false, false]);
  });
});
