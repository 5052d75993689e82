/**
 * db/mutations/accounts.ts, called directly: creating a sign-in for a person of the branch, resetting,
 * disabling and re-enabling it, changing its role, a person's committee title and one's own password —
 * what is stored, what is audited, and what is refused. Over a new branch with its own people.
 */
import bcrypt from 'bcryptjs';
import { describe, expect, it } from 'vitest';
import { asyncRefusalOf, refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/accounts');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { accounts, people } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { ConflictError, notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('账户测试支部');
const secretaryPerson = fb.addPerson(branch.id, '书记甲', 'full');
const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);
const other = fb.freshBranch('账户测试另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');

const account = (id: number) => db.select().from(accounts).where(eq(accounts.id, id)).get()!;
const person = (id: number) => db.select().from(people).where(eq(people.id, id)).get()!;

const refusal = (run: () => unknown) => refusalOf(run, { conflicts: false });

let serial = 0;
async function newAccount(role: 'committee' | 'member' = 'member') {
  const p = fb.addPerson(branch.id, `人员${++serial}`, 'full');
  const id = await m.createAccount(secretary, {
    personId: p.id,
    username: `user${serial}_${branch.id}`,
    role,
    initialPassword: 'Initial#2026',
  });
  return { person: p, id };
}

describe('createAccount', () => {
  it('creates a sign-in for a person of the branch that must change its password, and audits it', async () => {
    const p = fb.addPerson(branch.id, '新党员', 'full');
    const before = f.lastAuditId();
    const id = await m.createAccount(secretary, {
      personId: p.id,
      username: 'xindangyuan',
      role: 'committee',
      initialPassword: 'Initial#2026',
    });
    const row = account(id);
    expect(row).toMatchObject({
      username: 'xindangyuan',
      role: 'committee',
      personId: p.id,
      branchId: branch.id,
      mustChangePassword: true,
      disabledAt: null,
    });
    expect(await bcrypt.compare('Initial#2026', row.passwordHash)).toBe(true);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.accountId])).toEqual([
      ['account.create', 'accounts', id, secretary.accountId],
    ]);
  });

  it('refuses someone outside the branch or who left, a person who has an account, and a username in use', async () => {
    const outsider = fb.addPerson(other.id, '外支部人员', 'full');
    const left = fb.addPerson(branch.id, '已调离', 'full', { archivedAt: '2026-01-01T00:00:00.000Z' });
    const notOnRoster = { message: '请选择本支部在册人员', fieldErrors: { personId: ['请选择本支部在册人员'] } };
    const input = (personId: number, username = `fresh${personId}`) => ({
      personId,
      username,
      role: 'member' as const,
      initialPassword: 'Initial#2026',
    });
    expect(await asyncRefusalOf(() => m.createAccount(secretary, input(outsider.id)))).toEqual(notOnRoster);
    expect(await asyncRefusalOf(() => m.createAccount(secretary, input(left.id)))).toEqual(notOnRoster);
    expect(await asyncRefusalOf(() => m.createAccount(secretary, input(secretaryPerson.id)))).toEqual({
      message: '此人已有账户，可在列表中重置密码',
      fieldErrors: { personId: ['此人已有账户'] },
    });
    const free = fb.addPerson(branch.id, '无账户', 'full');
    expect(await asyncRefusalOf(() => m.createAccount(secretary, input(free.id, secretary.username)))).toEqual({
      message: '用户名已被使用',
      fieldErrors: { username: ['用户名已被使用，请换一个'] },
    });
    expect(db.select().from(accounts).where(eq(accounts.personId, free.id)).all()).toEqual([]);
  });
});

describe('resetPassword', () => {
  it('sets a new initial password, unlocks the account, and audits it', async () => {
    const { id } = await newAccount();
    db.update(accounts)
      .set({ mustChangePassword: false, failedAttempts: 4, lockedUntil: '2099-01-01T00:00:00.000Z' })
      .where(eq(accounts.id, id))
      .run();
    const before = f.lastAuditId();
    await m.resetPassword(secretary, { id, version: 1, initialPassword: 'Reset#2026' });
    const row = account(id);
    expect(row).toMatchObject({ mustChangePassword: true, failedAttempts: 0, lockedUntil: null, version: 2 });
    expect(await bcrypt.compare('Reset#2026', row.passwordHash)).toBe(true);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['account.reset_password', 'accounts', id]]);
  });

  it('refuses one’s own account and an account of another branch', async () => {
    expect(
      (
        await asyncRefusalOf(() =>
          m.resetPassword(secretary, { id: secretary.accountId, version: 1, initialPassword: 'Reset#2026' }),
        )
      ).message,
    ).toBe('不能在此重置自己的账户');
    const { id } = await newAccount();
    expect(
      (await asyncRefusalOf(() => m.resetPassword(otherSecretary, { id, version: 1, initialPassword: 'Reset#2026' })))
        .message,
    ).toBe(notFoundMessage);
  });
});

describe('setAccountDisabled and changeRole', () => {
  it('disables and re-enables an account, auditing each', async () => {
    const { id } = await newAccount();
    const before = f.lastAuditId();
    m.setAccountDisabled(secretary, { id, version: 1, disabled: true });
    expect(account(id)).toMatchObject({ disabledAt: expect.any(String), version: 2 });
    m.setAccountDisabled(secretary, { id, version: 2, disabled: false });
    expect(account(id)).toMatchObject({ disabledAt: null, version: 3 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['account.disable', 'accounts', id],
      ['account.enable', 'accounts', id],
    ]);
    expect(audit[0].before).toMatchObject({ disabledAt: null });
    expect(audit[0].after).toMatchObject({ disabledAt: expect.any(String) });
    expect(audit[1].after).toMatchObject({ disabledAt: null });
  });

  it('refuses disabling oneself, a stale version and another branch’s account', async () => {
    expect(
      refusal(() => m.setAccountDisabled(secretary, { id: secretary.accountId, version: 1, disabled: true })).message,
    ).toBe('不能停用自己的账户');
    const { id } = await newAccount();
    expect(() => m.setAccountDisabled(secretary, { id, version: 5, disabled: true })).toThrow(ConflictError);
    expect(refusal(() => m.setAccountDisabled(otherSecretary, { id, version: 1, disabled: true })).message).toBe(
      notFoundMessage,
    );
    expect(account(id).disabledAt).toBeNull();
  });

  it('changes an account’s role, auditing before and after, but never one’s own', async () => {
    const { id } = await newAccount('member');
    const before = f.lastAuditId();
    m.changeRole(secretary, { id, version: 1, role: 'committee' });
    expect(account(id)).toMatchObject({ role: 'committee', version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['account.change_role', 'accounts', id]]);
    expect(audit[0].before).toMatchObject({ role: 'member' });
    expect(audit[0].after).toMatchObject({ role: 'committee' });
    expect(
      refusal(() => m.changeRole(secretary, { id: secretary.accountId, version: 1, role: 'member' })).message,
    ).toBe('不能修改自己的账户');
    expect(refusal(() => m.changeRole(otherSecretary, { id, version: 2, role: 'member' })).message).toBe(
      notFoundMessage,
    );
    expect(account(secretary.accountId).role).toBe('secretary');
  });
});

describe('changeCommitteeTitle', () => {
  it('gives a full or probationary member a committee title, and takes it away, auditing each', async () => {
    const full = fb.addPerson(branch.id, '正式党员', 'full');
    const probationary = fb.addPerson(branch.id, '预备党员', 'probationary');
    const before = f.lastAuditId();
    m.changeCommitteeTitle(secretary, { personId: full.id, version: 1, committeeTitle: '组织委员' });
    m.changeCommitteeTitle(secretary, { personId: probationary.id, version: 1, committeeTitle: '宣传委员' });
    expect(person(full.id)).toMatchObject({ committeeTitle: '组织委员', version: 2 });
    expect(person(probationary.id).committeeTitle).toBe('宣传委员');
    m.changeCommitteeTitle(secretary, { personId: full.id, version: 2, committeeTitle: null });
    expect(person(full.id).committeeTitle).toBeNull();
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['person.change_committee_title', 'people', full.id],
      ['person.change_committee_title', 'people', probationary.id],
      ['person.change_committee_title', 'people', full.id],
    ]);
    expect(audit[2].before).toMatchObject({ committeeTitle: '组织委员' });
    expect(audit[2].after).toMatchObject({ committeeTitle: null });
  });

  it('refuses a title for someone who is not a party member, and keeps nothing of the attempt', async () => {
    for (const status of ['candidate', 'activist', 'applicant', 'masses'] as const) {
      const p = fb.addPerson(branch.id, `非党员${status}`, status);
      expect(
        refusal(() => m.changeCommitteeTitle(secretary, { personId: p.id, version: 1, committeeTitle: '纪检委员' }))
          .message,
      ).toBe('支委职务只能由党员担任');
      expect(person(p.id)).toMatchObject({ committeeTitle: null, version: 1 });
    }
    const masses = fb.addPerson(branch.id, '群众有旧职务', 'masses', { committeeTitle: '纪检委员' });
    m.changeCommitteeTitle(secretary, { personId: masses.id, version: 1, committeeTitle: null });
    expect(person(masses.id).committeeTitle).toBeNull();
    const outsider = fb.addPerson(other.id, '外支部党员', 'full');
    expect(
      refusal(() =>
        m.changeCommitteeTitle(secretary, { personId: outsider.id, version: 1, committeeTitle: '纪检委员' }),
      ).message,
    ).toBe(notFoundMessage);
  });
});

describe('changeOwnPassword', () => {
  it('needs the current password, then sets the new one and ends the forced change', async () => {
    const { person: p, id } = await newAccount();
    const self = fb.userOf(branch, 'member', p.id, id);
    const wrong = await asyncRefusalOf(() =>
      m.changeOwnPassword(self, {
        currentPassword: 'wrong',
        newPassword: 'New#Pass2026',
        confirmPassword: 'New#Pass2026',
      }),
    );
    expect(wrong.message).toMatch(/^当前密码不正确/);
    expect(wrong.fieldErrors).toEqual({ currentPassword: [wrong.message] });
    expect(account(id)).toMatchObject({ mustChangePassword: true });
    expect(await bcrypt.compare('Initial#2026', account(id).passwordHash)).toBe(true);
    const versionBefore = account(id).version;
    const before = f.lastAuditId();
    await m.changeOwnPassword(self, {
      currentPassword: 'Initial#2026',
      newPassword: 'New#Pass2026',
      confirmPassword: 'New#Pass2026',
    });
    const row = account(id);
    expect(row).toMatchObject({ mustChangePassword: false, version: versionBefore + 1 });
    expect(await bcrypt.compare('New#Pass2026', row.passwordHash)).toBe(true);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.accountId])).toEqual([
      ['account.change_own_password', 'accounts', id, id],
    ]);
  });

  it('refuses an account that does not exist', async () => {
    const ghost = fb.userOf(branch, 'member', null, 987_654_321);
    expect(
      (
        await asyncRefusalOf(() =>
          m.changeOwnPassword(ghost, {
            currentPassword: 'x',
            newPassword: 'New#Pass2026',
            confirmPassword: 'New#Pass2026',
          }),
        )
      ).message,
    ).toBe('当前密码不正确');
  });
});
