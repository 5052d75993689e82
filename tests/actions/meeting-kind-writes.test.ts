/**
 * db/mutations/meeting-kinds.ts, called directly: a branch's own meeting kind (placed last, with a
 * frequency rule of at least once when it has a period) and the frequency rule of a kind. Over a new
 * branch that has the default kinds.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/meeting-kinds');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { branches, meetingKinds } = await import('@/db/schema');
const { eq, max } = await import('drizzle-orm');
const { ActionError, ConflictError, notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('会议类型测试支部');
const secretary = fb.addAccount(branch, 'secretary');
const other = fb.freshBranch('会议类型测试另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');

const kind = (id: number) => db.select().from(meetingKinds).where(eq(meetingKinds.id, id)).get()!;
const lastSortOrder = (branchId: number) =>
  db
    .select({ n: max(meetingKinds.sortOrder) })
    .from(meetingKinds)
    .where(eq(meetingKinds.branchId, branchId))
    .get()!.n!;

describe('addMeetingKind', () => {
  it('adds the branch’s own kind after the others, with its rule, and audits it', async () => {
    const last = lastSortOrder(branch.id);
    const before = f.lastAuditId();
    const id = m.addMeetingKind(secretary, {
      name: '读书会',
      attendeeScope: 'committee',
      period: 'quarter',
      minCount: 2,
    });
    expect(kind(id)).toMatchObject({
      branchId: branch.id,
      code: null,
      name: '读书会',
      attendeeScope: 'committee',
      period: 'quarter',
      minCount: 2,
      sortOrder: last + 1,
      perGroup: false,
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['meeting_kind.create', 'meeting_kinds', id]]);
    expect(audit[0].after).toMatchObject({ name: '读书会', period: 'quarter' });
    const next = m.addMeetingKind(secretary, { name: '读书会二', attendeeScope: 'members', period: null, minCount: 0 });
    expect(kind(next).sortOrder).toBe(last + 2);
  });

  it('has a kind with a period held at least once, and one without a period no minimum', () => {
    const atLeastOnce = m.addMeetingKind(secretary, {
      name: '月度例会',
      attendeeScope: 'members',
      period: 'month',
      minCount: 0,
    });
    expect(kind(atLeastOnce)).toMatchObject({ period: 'month', minCount: 1 });
    const asPlanned = m.addMeetingKind(secretary, {
      name: '不定期会',
      attendeeScope: 'members',
      period: null,
      minCount: 5,
    });
    expect(kind(asPlanned)).toMatchObject({ period: null, minCount: 0 });
    const often = m.addMeetingKind(secretary, {
      name: '频繁会',
      attendeeScope: 'members',
      period: 'year',
      minCount: 6,
    });
    expect(kind(often).minCount).toBe(6);
  });

  it('has a new kind for a party group held with all members (a group kind is built in)', () => {
    const id = m.addMeetingKind(secretary, { name: '小组学习', attendeeScope: 'group', period: null, minCount: 0 });
    expect(kind(id).attendeeScope).toBe('members');
    const chosen = m.addMeetingKind(secretary, {
      name: '指定人员会',
      attendeeScope: 'chosen',
      period: null,
      minCount: 0,
    });
    expect(kind(chosen).attendeeScope).toBe('chosen');
  });

  it('refuses a name the branch already has, but another branch may use it', () => {
    let error: unknown;
    try {
      m.addMeetingKind(secretary, { name: '支委会', attendeeScope: 'committee', period: null, minCount: 0 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ message: '已有同名的会议类型', fieldErrors: { name: ['已有同名的会议类型'] } });
    const id = m.addMeetingKind(otherSecretary, {
      name: '读书会',
      attendeeScope: 'members',
      period: null,
      minCount: 0,
    });
    expect(kind(id)).toMatchObject({ branchId: other.id, sortOrder: lastSortOrder(other.id) });
  });

  it('places the first kind of a branch without any at 1', () => {
    const bare = db
      .insert(branches)
      .values({ organisationId: branch.organisationId, name: '无会议类型的支部' })
      .returning()
      .get();
    const user = fb.userOf(
      { id: bare.id, name: bare.name, organisationId: bare.organisationId },
      'secretary',
      null,
      secretary.accountId,
    );
    const id = m.addMeetingKind(user, { name: '第一个类型', attendeeScope: 'members', period: null, minCount: 0 });
    expect(kind(id).sortOrder).toBe(1);
  });
});

describe('updateKindRule', () => {
  it('sets a kind’s period and minimum, and clears the minimum with the period, auditing each', async () => {
    const id = fb.kindId(branch.id, 'lecture');
    const before = f.lastAuditId();
    m.updateKindRule(secretary, { id, version: 1, period: 'quarter', minCount: 3 });
    expect(kind(id)).toMatchObject({ period: 'quarter', minCount: 3, version: 2 });
    m.updateKindRule(secretary, { id, version: 2, period: null, minCount: 3 });
    expect(kind(id)).toMatchObject({ period: null, minCount: 0, version: 3 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['meeting_kind.update_rule', 'meeting_kinds', id],
      ['meeting_kind.update_rule', 'meeting_kinds', id],
    ]);
    expect(audit[0].before).toMatchObject({ period: 'year', minCount: 2 });
  });

  it('refuses a stale version and another branch’s kind', () => {
    const id = fb.kindId(branch.id, 'committee');
    expect(() => m.updateKindRule(secretary, { id, version: 9, period: 'month', minCount: 2 })).toThrow(ConflictError);
    expect(() => m.updateKindRule(otherSecretary, { id, version: 1, period: 'month', minCount: 2 })).toThrow(
      notFoundMessage,
    );
    expect(kind(id)).toMatchObject({ period: 'month', minCount: 1, version: 1 });
  });
});
