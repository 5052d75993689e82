/**
 * 组织关系转接 (db/mutations/transfers.ts and the members action): a member moves from one branch to
 * another of the same tree, or out of the app. Each branch keeps the member for the days and months they were
 * there — the roster figures, the dues months — the account follows them as a member, and both branches'
 * audit trails record it; anything refused writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { transferPerson } = await import('@/db/mutations/transfers');
const { transferDestinations } = await import('@/db/queries/transfers');
const { personDues } = await import('@/db/queries/dues');
const { countFigures } = await import('@/db/report/figures/compute');
const { auditLog, accounts, people } = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');
const fb = await import('@/tests/queries/fresh-branch');
const d = await import('@/tests/support/dues');
const { tableChecksum } = await import('@/tests/support/test-db');

const county = fb.freshOrganisation('转接测试县委');
const township = fb.freshOrganisation('转接测试镇党委', 'party_committee', county.id);
const from = fb.freshBranch('转出支部', county.id);
const to = fb.freshBranch('转入支部', township.id);
const elsewhere = fb.freshBranch('别处支部');
const secretary = fb.addAccount(from, 'secretary', fb.addPerson(from.id, '转出书记', 'full').id);

function member(name: string, values: Partial<typeof people.$inferInsert> = {}) {
  const person = d.insertMember(from.id, { name, ...values });
  d.insertBase(from.id, person.id);
  return person;
}
const row = (id: number) => db.select().from(people).where(eq(people.id, id)).get()!;
const input = (id: number, values: Partial<Parameters<typeof transferPerson>[1]> = {}) => ({
  id,
  version: row(id).version,
  leftOn: '2026-04-15',
  toBranchId: to.id,
  toOrganisation: null,
  ...values,
});
/** Members of the branch at the end of a quarter of 2026, as the report's roster figure counts them. */
const membersAtEndOf = (branchId: number, quarter: string) => {
  const key = `people:status=member,period=${quarter}`;
  const figure = countFigures({ branchId }, 2026, [key]).get(key)!;
  if (typeof figure === 'string') throw new Error(figure);
  return figure.value;
};

describe('a transfer to another branch of the tree', () => {
  const person = member('转接党员');
  const account = fb.addAccount(from, 'committee', person.id);
  const { newPersonId } = transferPerson(secretary, input(person.id));
  const arrived = row(newPersonId!);

  it('offers the other branches of the same tree, not another tree’s', () => {
    const names = transferDestinations(secretary).map((b) => b.name);
    expect(names).toContain('转入支部');
    expect(names).not.toContain('转出支部');
    expect(names).not.toContain('别处支部');
  });

  it('closes the row here on the day and opens one there from that day, with who they are', () => {
    expect(row(person.id)).toMatchObject({ leftBranchOn: '2026-04-15', transferredTo: '转入支部' });
    expect(row(person.id).archivedAt).not.toBeNull();
    expect(arrived).toMatchObject({
      branchId: to.id,
      name: '转接党员',
      politicalStatus: 'full',
      probationaryDate: '2015-06-01',
      joinedBranchOn: '2026-04-15',
      transferredFromId: person.id,
      groupId: null,
      archivedAt: null,
    });
  });

  it('moves the account with them, as a member of the receiving branch', () => {
    expect(db.select().from(accounts).where(eq(accounts.id, account.accountId)).get()).toMatchObject({
      personId: arrived.id,
      branchId: to.id,
      role: 'member',
    });
  });

  it('keeps each branch’s dues months: here through the month they left, there from the next', () => {
    const here = personDues({ branchId: from.id }, person.id, { from: '2026-01', to: '2026-12' });
    expect(here.months.filter((m) => m.dueFen > 0).map((m) => m.month)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    const there = personDues({ branchId: to.id }, arrived.id, { from: '2026-01', to: '2026-12' });
    expect(there.months.find((m) => m.month === '2026-04')?.dueFen ?? 0).toBe(0);
    expect(there.months.find((m) => m.month === '2026-05')).toMatchObject({ dueFen: 4000 });
  });

  it('counts the member in each branch for the days they were there', () => {
    // Left on 15 April: still here at the end of March, there at the end of June.
    expect(membersAtEndOf(from.id, 'Q1') - membersAtEndOf(from.id, 'Q2')).toBe(1);
    expect(membersAtEndOf(to.id, 'Q2') - membersAtEndOf(to.id, 'Q1')).toBe(1);
  });

  it('is in both branches’ audit trails', () => {
    const entries = (branchId: number) =>
      db
        .select({ action: auditLog.action })
        .from(auditLog)
        .where(eq(auditLog.branchId, branchId))
        .all()
        .map((e) => e.action);
    expect(entries(from.id)).toContain('person.transfer_out');
    expect(entries(to.id)).toEqual(
      expect.arrayContaining(['person.transfer_in', 'dues_base.carry', 'account.transfer']),
    );
  });
});

describe('a transfer out of the app', () => {
  it('names the receiving organisation and opens no row anywhere', () => {
    const person = member('转出系统党员');
    const count = () => db.select().from(people).all().length;
    const before = count();
    expect(
      transferPerson(secretary, input(person.id, { toBranchId: null, toOrganisation: '中共某市某局机关党支部' })),
    ).toEqual({ newPersonId: null });
    expect(count()).toBe(before);
    expect(row(person.id)).toMatchObject({ transferredTo: '中共某市某局机关党支部', leftBranchOn: '2026-04-15' });
  });
});

describe('a transfer refused', () => {
  const person = member('不能转接党员', { joinedBranchOn: '2026-02-01' });
  const refusedWithNothingWritten = (values: Partial<Parameters<typeof transferPerson>[1]>, id = person.id) => {
    const before = tableChecksum(db);
    const refusal = refusalOf(() => transferPerson(secretary, input(id, values)));
    expect(tableChecksum(db)).toEqual(before);
    return refusal.message;
  };

  it('to a branch of another tree, or to its own branch', () => {
    expect(refusedWithNothingWritten({ toBranchId: elsewhere.id })).toContain('本组织体系内');
    expect(refusedWithNothingWritten({ toBranchId: from.id })).toContain('本组织体系内');
  });

  it('before they came, for someone not a member, or for another branch’s person', () => {
    expect(refusedWithNothingWritten({ leftOn: '2026-01-31' })).toContain('2026-02-01');
    const activist = fb.addPerson(from.id, '积极分子', 'activist');
    expect(refusedWithNothingWritten({}, activist.id)).toContain('只有党员');
    const foreign = d.insertMember(elsewhere.id);
    expect(refusedWithNothingWritten({}, foreign.id)).toContain('不在本支部');
  });

  it('with a stale version', () => {
    const fresh = input(person.id);
    db.update(people)
      .set({ version: row(person.id).version + 1 })
      .where(and(eq(people.id, person.id)))
      .run();
    const before = tableChecksum(db);
    expect(() => transferPerson(secretary, fresh)).toThrow();
    expect(tableChecksum(db)).toEqual(before);
  });

  it('of oneself, or of a 书记 or 支委委员 account by someone who does not manage accounts', () => {
    expect(refusedWithNothingWritten({}, row(secretary.personId!).id)).toContain('本人');
    const officer = member('支委转接');
    fb.addAccount(from, 'committee', officer.id);
    const committee = fb.addAccount(from, 'committee', fb.addPerson(from.id, '办理人', 'full').id);
    const before = tableChecksum(db);
    expect(refusalOf(() => transferPerson(committee, input(officer.id))).message).toContain('须由书记办理');
    expect(tableChecksum(db)).toEqual(before);
  });

  it('of the branch’s only secretary account', () => {
    const lone = fb.freshBranch('单书记支部', county.id);
    const keeper = fb.addAccount(lone, 'secretary', fb.addPerson(lone.id, '唯一书记', 'full').id);
    const other = d.insertMember(lone.id, { name: '另一书记' });
    fb.addAccount(lone, 'committee', fb.addPerson(lone.id, '管理员', 'full').id);
    const second = fb.addAccount(lone, 'secretary', other.id);
    // Two secretaries: one may go; then the one left is the only one.
    transferPerson(keeper, { ...input(other.id), toBranchId: to.id });
    expect(second.accountId).toBeGreaterThan(0);
    const third = d.insertMember(lone.id, { name: '第三人' });
    fb.addAccount(lone, 'secretary', third.id);
    db.update(accounts).set({ disabledAt: '2026-01-01T00:00:00.000Z' }).where(eq(accounts.id, keeper.accountId)).run();
    expect(refusalOf(() => transferPerson(keeper, { ...input(third.id), toBranchId: to.id })).message).toContain(
      '唯一的书记账户',
    );
  });

  it('on a day before dues it paid here or a meeting it attended here', () => {
    const paying = member('已交党费', { joinedBranchOn: '2026-01-01' });
    d.insertPayment(from.id, paying.id, { fromMonth: '2026-01', toMonth: '2026-06' });
    expect(refusedWithNothingWritten({ leftOn: '2026-04-15' }, paying.id)).toContain('2026-06');
    const attending = member('仍出席', { joinedBranchOn: '2026-01-01' });
    const meeting = fb.addMeeting(from.id, 'general', '2026-05-10', 'held');
    fb.addAttendance(meeting, attending.id, 'present');
    expect(refusedWithNothingWritten({ leftOn: '2026-04-15' }, attending.id)).toContain('2026-05-10');
    expect(transferPerson(secretary, input(attending.id, { leftOn: '2026-05-11' })).newPersonId).not.toBeNull();
  });

  it('of a probationary member with a development record, within the app', () => {
    const probationary = member('预备党员转接', { politicalStatus: 'probationary', probationaryDate: '2025-12-01' });
    fb.addDevelopment(from.id, probationary.id, [['admission_approved', '2025-12-01']]);
    expect(refusedWithNothingWritten({}, probationary.id)).toContain('转正后');
    expect(
      transferPerson(secretary, input(probationary.id, { toBranchId: null, toOrganisation: '中共某单位党支部' }))
        .newPersonId,
    ).toBeNull();
  });
});
