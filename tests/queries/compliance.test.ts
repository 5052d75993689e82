/**
 * db/queries/compliance.ts and the rectification lists of db/queries/rectification.ts: the branch's
 * meeting-frequency rules (one per kind with a period, one per party group for a per-group kind) and
 * the year's compliance calendar over them; the rectification ledger's filters, a member's own items
 * and the filter options. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { frequencyRules, branchCompliance } = await import('@/db/queries/compliance');
const rq = await import('@/db/queries/rectification');
const fb = await import('@/tests/queries/fresh-branch');
const { branches, meetingKinds } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');

const branch = fb.freshBranch('频次测试支部');
const groupB = fb.addGroup(branch.id, '第二小组', { sortOrder: 2 });
const groupA = fb.addGroup(branch.id, '第一小组', { sortOrder: 1 });
fb.addGroup(branch.id, '撤销小组', { archivedAt: '2026-01-01T00:00:00.000Z' });
const user = fb.userOf(branch, 'secretary');
// A kind with a period but no minimum sets no rule; a branch's own kind with a rule sets one.
db.update(meetingKinds)
  .set({ period: 'year', minCount: 0 })
  .where(eq(meetingKinds.id, fb.kindId(branch.id, 'appraisal')))
  .run();
const ownKind = db
  .insert(meetingKinds)
  .values({
    branchId: branch.id,
    name: '读书会',
    attendeeScope: 'members',
    period: 'quarter',
    minCount: 2,
    sortOrder: 50,
  })
  .returning()
  .get();

describe('frequencyRules', () => {
  it('gives one rule per kind with a period and a minimum, and one per active group for a per-group kind', () => {
    const id = (code: Parameters<typeof fb.kindId>[1]) => fb.kindId(branch.id, code);
    expect(frequencyRules(user)).toEqual([
      {
        kindId: id('general'),
        kindName: '支部党员大会',
        period: 'quarter',
        minCount: 1,
        key: `kind-${id('general')}`,
        groupId: null,
        groupName: null,
      },
      {
        kindId: id('committee'),
        kindName: '支委会',
        period: 'month',
        minCount: 1,
        key: `kind-${id('committee')}`,
        groupId: null,
        groupName: null,
      },
      {
        kindId: id('group'),
        kindName: '党小组会',
        period: 'month',
        minCount: 1,
        key: `kind-${id('group')}-group-${groupA.id}`,
        groupId: groupA.id,
        groupName: '第一小组',
      },
      {
        kindId: id('group'),
        kindName: '党小组会',
        period: 'month',
        minCount: 1,
        key: `kind-${id('group')}-group-${groupB.id}`,
        groupId: groupB.id,
        groupName: '第二小组',
      },
      {
        kindId: id('lecture'),
        kindName: '党课',
        period: 'year',
        minCount: 2,
        key: `kind-${id('lecture')}`,
        groupId: null,
        groupName: null,
      },
      {
        kindId: id('theme_day'),
        kindName: '主题党日',
        period: 'month',
        minCount: 1,
        key: `kind-${id('theme_day')}`,
        groupId: null,
        groupName: null,
      },
      {
        kindId: id('life_meeting'),
        kindName: '组织生活会',
        period: 'year',
        minCount: 1,
        key: `kind-${id('life_meeting')}`,
        groupId: null,
        groupName: null,
      },
      {
        kindId: ownKind.id,
        kindName: '读书会',
        period: 'quarter',
        minCount: 2,
        key: `kind-${ownKind.id}`,
        groupId: null,
        groupName: null,
      },
    ]);
  });
});

describe('branchCompliance', () => {
  it('lays the year’s held meetings into each rule’s periods', () => {
    const lecture = fb.addMeeting(branch.id, 'lecture', '2026-03-01', 'held');
    fb.addMeeting(branch.id, 'lecture', '2026-04-01', 'planned');
    fb.addMeeting(branch.id, 'lecture', '2025-04-01', 'held');
    const groupMeeting = fb.addMeeting(branch.id, 'group', '2026-02-10', 'held', { groupId: groupA.id });
    const rows = branchCompliance(user, 2026, '2026-11-26');
    const lectureRow = rows.find((r) => r.rule.kindId === fb.kindId(branch.id, 'lecture'))!;
    expect(lectureRow.cells).toHaveLength(1);
    expect(lectureRow.cells[0]).toMatchObject({ count: 1, meetingIds: [lecture.id] });
    const groupRows = rows.filter((r) => r.rule.kindId === fb.kindId(branch.id, 'group'));
    expect(groupRows.map((r) => r.cells[1].meetingIds)).toEqual([[groupMeeting.id], []]);
    expect(rows.find((r) => r.rule.kindId === fb.kindId(branch.id, 'committee'))!.cells[0].state).toBe('missed');
  });

  it('does not judge periods before the branch began keeping its records here', () => {
    db.update(branches).set({ recordsFrom: '2026-11-01' }).where(eq(branches.id, branch.id)).run();
    const committee = branchCompliance(user, 2026, '2026-11-26').find(
      (r) => r.rule.kindId === fb.kindId(branch.id, 'committee'),
    )!;
    expect(committee.cells[0].state).not.toBe('missed');
    expect(committee.cells[10].state).toBe('due');
    db.update(branches).set({ recordsFrom: null }).where(eq(branches.id, branch.id)).run();
  });
});

describe('rectification lists', () => {
  const rect = fb.freshBranch('整改列表测试支部');
  const owner = fb.addPerson(rect.id, '责任人甲', 'full');
  const other = fb.addPerson(rect.id, '责任人乙', 'full');
  const secretary = fb.userOf(rect, 'secretary');
  const add = (personId: number, values: Parameters<typeof fb.addRectification>[2]) =>
    fb.addRectification(rect.id, personId, values);
  const overdue = add(owner.id, {
    foundDate: '2026-02-01',
    deadline: '2026-06-30',
    aspect: '作风',
    source: 'inspection',
  });
  const onTime = add(other.id, {
    foundDate: '2026-03-01',
    deadline: '2026-12-31',
    aspect: '纪律',
    source: 'life_meeting',
  });
  const completed = add(owner.id, {
    foundDate: '2026-01-15',
    deadline: '2026-03-01',
    aspect: '作风',
    state: 'completed',
    completedAt: '2026-02-20',
  });
  const closed = add(owner.id, {
    foundDate: '2026-01-10',
    deadline: '2026-01-31',
    aspect: '组织',
    state: 'checked_off',
    completedAt: '2026-01-20',
    checkedOffAt: '2026-01-25',
  });
  add(owner.id, {
    foundDate: '2026-01-05',
    deadline: '2026-01-31',
    aspect: '已删除的方面',
    deletedAt: '2026-01-06T00:00:00.000Z',
  });
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

  it('filters the year’s ledger by state, overdue, aspect, source and person, oldest first', () => {
    const today = '2026-11-26';
    expect(ids(rq.listRectificationItems(secretary, 2026, today))).toEqual([
      closed.id,
      completed.id,
      overdue.id,
      onTime.id,
    ]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { state: 'overdue' }))).toEqual([overdue.id]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { state: 'in_progress' }))).toEqual([
      overdue.id,
      onTime.id,
    ]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { state: 'completed' }))).toEqual([completed.id]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { aspect: '作风' }))).toEqual([
      completed.id,
      overdue.id,
    ]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { source: 'life_meeting' }))).toEqual([onTime.id]);
    expect(ids(rq.listRectificationItems(secretary, 2026, today, { personId: other.id }))).toEqual([onTime.id]);
  });

  it('gives a member their own items, open ones first by deadline, and nothing without a person', () => {
    expect(ids(rq.listMyRectificationItems(fb.userOf(rect, 'member', owner.id)))).toEqual([
      completed.id,
      overdue.id,
      closed.id,
    ]);
    expect(rq.listMyRectificationItems(fb.userOf(rect, 'member', null))).toEqual([]);
  });

  it('offers the aspects and the responsible people used so far', () => {
    expect(rq.rectificationFilterOptions(secretary)).toEqual({
      aspects: ['作风', '组织', '纪律'].sort(),
      owners: [
        { id: owner.id, name: '责任人甲' },
        { id: other.id, name: '责任人乙' },
      ],
    });
  });

  it('gives a member only an item they are responsible for', () => {
    expect(rq.getRectificationItem(fb.userOf(rect, 'member', other.id), onTime.id)?.id).toBe(onTime.id);
    expect(rq.getRectificationItem(fb.userOf(rect, 'member', other.id), overdue.id)).toBeNull();
    expect(rq.getRectificationItem(fb.userOf(rect, 'member', null), overdue.id)).toBeNull();
    expect(rq.getRectificationItem(secretary, overdue.id)?.id).toBe(overdue.id);
  });
});
