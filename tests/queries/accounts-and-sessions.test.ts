/**
 * The smaller readers of the data layer, over new branches: the account page (db/queries/accounts.ts),
 * who a session resolves to and which branches it reads (session.ts, branches.ts), the names shown for
 * accounts (account-name.ts), the talks (talks.ts) and one work output (work-outputs.ts).
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const aq = await import('@/db/queries/accounts');
const { loadSessionUser } = await import('@/db/queries/session');
const { listReadableBranches } = await import('@/db/queries/branches');
const { accountNames } = await import('@/db/queries/account-name');
const { listTalks } = await import('@/db/queries/talks');
const { getWorkOutput } = await import('@/db/queries/work-outputs');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const committee = db.insert(s.organisations).values({ name: '会话测试党委' }).returning().get();
const branch = fb.freshBranch('会话测试支部', committee.id);
const second = fb.freshBranch('会话测试第二支部', committee.id);
const secretaryPerson = fb.addPerson(branch.id, '书记甲', 'full', { committeeTitle: '书记' });
const memberPerson = fb.addPerson(branch.id, '党员乙', 'probationary');
const noAccount = fb.addPerson(branch.id, '无账户丙', 'masses');
fb.addPerson(branch.id, '已调离丁', 'full', { archivedAt: '2026-01-01T00:00:00.000Z' });
const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);
const member = fb.addAccount(branch, 'member', memberPerson.id);
const personless = fb.addAccount(branch, 'committee');
const reviewer = fb.addAccount(branch, 'reviewer');
db.update(s.accounts).set({ displayName: '审阅人' }).where(eq(s.accounts.id, reviewer.accountId)).run();

describe('the account page', () => {
  it('lists the branch’s accounts by id with their person', () => {
    const rows = aq.listBranchAccounts(secretary);
    expect(rows.map((r) => [r.id, r.role, r.personName])).toEqual([
      [secretary.accountId, 'secretary', '书记甲'],
      [member.accountId, 'member', '党员乙'],
      [personless.accountId, 'committee', null],
    ]);
    expect(rows[1]).toMatchObject({
      username: member.username,
      mustChangePassword: false,
      disabledAt: null,
      personId: memberPerson.id,
      personVersion: 1,
      politicalStatus: 'probationary',
    });
    expect(rows[0].committeeTitle).toBe('书记');
    expect(rows[0]).not.toHaveProperty('passwordHash');
  });

  it('lists the current people without an account, and every username taken', () => {
    expect(aq.listPeopleWithoutAccount(secretary)).toEqual([
      { id: noAccount.id, name: '无账户丙', politicalStatus: 'masses', committeeTitle: null },
    ]);
    const taken = aq.takenUsernames();
    expect(taken).toEqual(expect.arrayContaining([secretary.username, member.username, reviewer.username, 'shuji']));
  });
});

describe('loadSessionUser', () => {
  it('resolves a branch account to its person and branch', () => {
    expect(loadSessionUser(member.accountId, null)).toEqual({
      accountId: member.accountId,
      username: member.username,
      role: 'member',
      name: '党员乙',
      personId: memberPerson.id,
      branchId: branch.id,
      branchName: '会话测试支部',
      branchIds: [branch.id],
      organisationId: null,
      mustChangePassword: false,
    });
    expect(loadSessionUser(member.accountId, second.id)?.branchId).toBe(branch.id);
    expect(loadSessionUser(personless.accountId, null)?.name).toBe(personless.username);
  });

  it('gives a reviewer every branch of the committee, working on the one preferred', () => {
    expect(loadSessionUser(reviewer.accountId, null)).toMatchObject({
      name: '审阅人',
      branchId: branch.id,
      branchIds: [branch.id, second.id],
      personId: null,
    });
    expect(loadSessionUser(reviewer.accountId, second.id)).toMatchObject({
      branchId: second.id,
      branchName: '会话测试第二支部',
    });
    expect(loadSessionUser(reviewer.accountId, 987_654)).toMatchObject({ branchId: branch.id });
  });

  it('gives a reviewer of a higher organisation every branch beneath it, at any depth, and no other', () => {
    const county = db
      .insert(s.organisations)
      .values({ name: '会话测试县委', level: 'party_committee' })
      .returning()
      .get();
    const township = db
      .insert(s.organisations)
      .values({ name: '会话测试镇党委', level: 'party_committee', parentId: county.id })
      .returning()
      .get();
    const general = db
      .insert(s.organisations)
      .values({ name: '会话测试党总支', level: 'general_branch', parentId: township.id })
      .returning()
      .get();
    const direct = fb.freshBranch('县委直属支部', county.id);
    const deep = fb.freshBranch('党总支下支部', general.id);
    const top = db
      .insert(s.accounts)
      .values({ username: 'county-reviewer', passwordHash: 'x', role: 'reviewer', organisationId: county.id })
      .returning()
      .get();
    const middle = db
      .insert(s.accounts)
      .values({ username: 'township-reviewer', passwordHash: 'x', role: 'reviewer', organisationId: township.id })
      .returning()
      .get();
    expect(loadSessionUser(top.id, null)).toMatchObject({ organisationId: county.id, branchIds: [direct.id, deep.id] });
    expect(loadSessionUser(middle.id, null)).toMatchObject({ organisationId: township.id, branchIds: [deep.id] });
    // The committee's own reviewer sees nothing of the county's tree.
    expect(loadSessionUser(reviewer.accountId, null)?.branchIds).toEqual([branch.id, second.id]);
  });

  it('gives nobody for a disabled or unknown account, or one without a branch to read', () => {
    const disabled = fb.addAccount(branch, 'member');
    db.update(s.accounts)
      .set({ disabledAt: '2026-01-01T00:00:00.000Z' })
      .where(eq(s.accounts.id, disabled.accountId))
      .run();
    expect(loadSessionUser(disabled.accountId, null)).toBeNull();
    expect(loadSessionUser(987_654_321, null)).toBeNull();
    const emptyCommittee = db.insert(s.organisations).values({ name: '空党委' }).returning().get();
    const lonely = db
      .insert(s.accounts)
      .values({ username: 'lonely-reviewer', passwordHash: 'x', role: 'reviewer', organisationId: emptyCommittee.id })
      .returning()
      .get();
    expect(loadSessionUser(lonely.id, null)).toBeNull();
    const branchless = db
      .insert(s.accounts)
      .values({ username: 'branchless-member', passwordHash: 'x', role: 'member' })
      .returning()
      .get();
    expect(loadSessionUser(branchless.id, null)).toBeNull();
  });

  it('lists the branches a user reads, by id', () => {
    expect(listReadableBranches({ ...fb.userOf(branch, 'reviewer'), branchIds: [second.id, branch.id] })).toEqual([
      { id: branch.id, name: '会话测试支部' },
      { id: second.id, name: '会话测试第二支部' },
    ]);
  });
});

describe('accountNames', () => {
  it('names accounts by their person, else their display name, else their username', () => {
    const nameOf = accountNames([
      member.accountId,
      reviewer.accountId,
      personless.accountId,
      null,
      member.accountId,
      987_654_321,
    ]);
    expect(nameOf(member.accountId)).toBe('党员乙');
    expect(nameOf(reviewer.accountId)).toBe('审阅人');
    expect(nameOf(personless.accountId)).toBe(personless.username);
    expect(nameOf(null)).toBeNull();
    expect(nameOf(987_654_321)).toBeNull();
    expect(accountNames([null])(secretary.accountId)).toBeNull();
  });
});

describe('talks and work outputs', () => {
  it('lists the year’s live talks, newest first, with both people by name, of one kind when asked', () => {
    const talk = (date: string, kind: (typeof s.talks.$inferInsert)['kind'], deletedAt: string | null = null) =>
      db
        .insert(s.talks)
        .values({
          branchId: branch.id,
          date,
          kind,
          initiatorId: secretaryPerson.id,
          partnerId: memberPerson.id,
          note: date,
          deletedAt,
        })
        .returning()
        .get();
    const early = talk('2026-02-01', 'committee_member');
    const late = talk('2026-09-01', 'integrity');
    talk('2026-05-01', 'committee_member', '2026-05-02T00:00:00.000Z');
    talk('2025-12-31', 'committee_member');
    const user = fb.userOf(branch, 'secretary');
    expect(listTalks(user, 2026)).toEqual([
      {
        id: late.id,
        version: 1,
        date: '2026-09-01',
        kind: 'integrity',
        initiatorName: '书记甲',
        partnerName: '党员乙',
        note: '2026-09-01',
      },
      {
        id: early.id,
        version: 1,
        date: '2026-02-01',
        kind: 'committee_member',
        initiatorName: '书记甲',
        partnerName: '党员乙',
        note: '2026-02-01',
      },
    ]);
    expect(listTalks(user, 2026, { kind: 'committee_member' }).map((t) => t.id)).toEqual([early.id]);
    expect(listTalks(fb.userOf(second, 'secretary'), 2026)).toEqual([]);
  });

  it('gives one live work output of the branch with its category', () => {
    const category = db
      .select()
      .from(s.workOutputCategories)
      .where(and(eq(s.workOutputCategories.branchId, branch.id), eq(s.workOutputCategories.name, '调研报告')))
      .get()!;
    const entry = db
      .insert(s.workOutputs)
      .values({
        branchId: branch.id,
        categoryId: category.id,
        date: '2026-03-01',
        title: '分析',
        quantity: 2,
        note: '备注',
      })
      .returning()
      .get();
    const removed = db
      .insert(s.workOutputs)
      .values({
        branchId: branch.id,
        categoryId: category.id,
        date: '2026-03-02',
        title: '已删',
        deletedAt: '2026-03-03T00:00:00.000Z',
      })
      .returning()
      .get();
    const user = fb.userOf(branch, 'secretary');
    expect(getWorkOutput(user, entry.id)).toEqual({
      id: entry.id,
      version: 1,
      date: '2026-03-01',
      title: '分析',
      quantity: 2,
      note: '备注',
      categoryId: category.id,
      categoryName: '调研报告',
      unit: '篇',
    });
    expect(getWorkOutput(user, removed.id)).toBeNull();
    expect(getWorkOutput(fb.userOf(second, 'secretary'), entry.id)).toBeNull();
  });
});
