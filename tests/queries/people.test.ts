/**
 * db/queries/people.ts: the roster, its filters and search, who may see whose record (and its private
 * fields), the groups and the committee, over a new branch holding only the people inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const q = await import('@/db/queries/people');
const fb = await import('@/tests/queries/fresh-branch');

const branch = fb.freshBranch('花名册测试支部');
const groupB = fb.addGroup(branch.id, '乙组', { sortOrder: 2 });
const groupA = fb.addGroup(branch.id, '甲组', { sortOrder: 1 });
const dissolved = fb.addGroup(branch.id, '已撤销组', { sortOrder: 0, archivedAt: '2026-02-01T00:00:00.000Z' });

const applicant = fb.addPerson(branch.id, '申请人甲', 'applicant', {
  groupId: groupA.id,
  unit: '统计局',
  post: '科员',
});
const fullA = fb.addPerson(branch.id, '王正式', 'full', {
  groupId: groupA.id,
  unit: '统计局',
  post: '局长',
  committeeTitle: '书记',
  phone: '13900000011',
  idNumber: '152923199001011234',
  address: '达来呼布镇1号',
});
const masses = fb.addPerson(branch.id, '群众乙', 'masses', { unit: '100%_达标办', post: '干事' });
const probationary = fb.addPerson(branch.id, '李预备', 'probationary', {
  groupId: groupB.id,
  unit: '财政局',
  post: '会计',
  committeeTitle: '组织委员',
});
const activist = fb.addPerson(branch.id, '赵积极', 'activist', {
  groupId: groupB.id,
  unit: '税务局',
  post: '100分科员',
});
const candidate = fb.addPerson(branch.id, '钱对象', 'candidate', { groupId: groupB.id });
const fullB = fb.addPerson(branch.id, '孙正式', 'full', { groupId: groupB.id, unit: '统计局', phone: '13900000012' });
const left = fb.addPerson(branch.id, '周调离', 'full', {
  groupId: groupA.id,
  committeeTitle: '宣传委员',
  unit: '统计局',
  archivedAt: '2026-03-01T00:00:00.000Z',
});

const other = fb.freshBranch('另一个测试支部');
const outsider = fb.addPerson(other.id, '外支部王', 'full', { unit: '统计局' });

const secretary = fb.userOf(branch, 'secretary', fullA.id);
const member = fb.userOf(branch, 'member', fullB.id);
const reviewer = fb.userOf(branch, 'reviewer');

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

describe('listRoster', () => {
  it('lists the branch’s current people, members first, then by how far along, then by id', () => {
    expect(ids(q.listRoster(secretary, {}))).toEqual([
      fullA.id,
      fullB.id,
      probationary.id,
      candidate.id,
      activist.id,
      applicant.id,
      masses.id,
    ]);
  });

  it('gives each row its group name (none for someone in no group)', () => {
    const rows = q.listRoster(secretary, {});
    expect(rows.find((r) => r.id === fullA.id)).toMatchObject({
      name: '王正式',
      groupName: '甲组',
      committeeTitle: '书记',
      unit: '统计局',
      post: '局长',
    });
    expect(rows.find((r) => r.id === masses.id)?.groupName).toBeNull();
  });

  it('filters by political status and by group', () => {
    expect(ids(q.listRoster(secretary, { status: 'full' }))).toEqual([fullA.id, fullB.id]);
    expect(ids(q.listRoster(secretary, { groupId: groupB.id }))).toEqual([
      fullB.id,
      probationary.id,
      candidate.id,
      activist.id,
    ]);
    expect(ids(q.listRoster(secretary, { status: 'full', groupId: groupB.id }))).toEqual([fullB.id]);
  });

  it('searches name, unit and post, ignoring surrounding spaces', () => {
    expect(ids(q.listRoster(secretary, { q: '  正式 ' }))).toEqual([fullA.id, fullB.id]);
    expect(ids(q.listRoster(secretary, { q: '统计局' }))).toEqual([fullA.id, fullB.id, applicant.id]);
    expect(ids(q.listRoster(secretary, { q: '会计' }))).toEqual([probationary.id]);
    expect(ids(q.listRoster(secretary, { q: '   ' }))).toHaveLength(7);
  });

  it('takes % and _ in the search literally', () => {
    expect(ids(q.listRoster(secretary, { q: '100%_' }))).toEqual([masses.id]);
    expect(ids(q.listRoster(secretary, { q: '%' }))).toEqual([masses.id]);
    expect(ids(q.listRoster(secretary, { q: '_' }))).toEqual([masses.id]);
    expect(ids(q.listRoster(secretary, { q: '100' }))).toEqual([activist.id, masses.id]);
  });
});

describe('groups', () => {
  it('listGroups gives the active groups in their order; a dissolved one only when asked for', () => {
    expect(q.listGroups(secretary)).toEqual([
      { id: groupA.id, name: '甲组' },
      { id: groupB.id, name: '乙组' },
    ]);
    expect(ids(q.listGroups(secretary, dissolved.id))).toEqual([dissolved.id, groupA.id, groupB.id]);
    expect(ids(q.listGroups(fb.userOf(other, 'secretary')))).toEqual([]);
  });

  it('listGroupsWithMembers gives each group its current people, and the whole roster by id', () => {
    const { groups, roster } = q.listGroupsWithMembers(secretary);
    expect(groups.map((g) => ({ name: g.name, version: g.version, members: ids(g.members) }))).toEqual([
      { name: '甲组', version: 1, members: [applicant.id, fullA.id] },
      { name: '乙组', version: 1, members: [probationary.id, activist.id, candidate.id, fullB.id] },
    ]);
    expect(ids(roster)).toEqual([
      applicant.id,
      fullA.id,
      masses.id,
      probationary.id,
      activist.id,
      candidate.id,
      fullB.id,
    ]);
    expect(roster.find((p) => p.id === masses.id)).toEqual({
      id: masses.id,
      name: '群众乙',
      politicalStatus: 'masses',
      groupId: null,
    });
  });

  it('groupSizes counts full and probationary members and everyone current in each active group', () => {
    expect(q.groupSizes(secretary)).toEqual([
      { id: groupA.id, name: '甲组', members: 1, total: 2 },
      { id: groupB.id, name: '乙组', members: 2, total: 4 },
    ]);
  });

  it('listCommittee lists the current people with a committee title, by id', () => {
    expect(q.listCommittee(secretary)).toEqual([
      { id: fullA.id, name: '王正式', committeeTitle: '书记' },
      { id: probationary.id, name: '李预备', committeeTitle: '组织委员' },
    ]);
  });

  it('countByStatus counts the current people by status', () => {
    const counts = Object.fromEntries(q.countByStatus(secretary).map((r) => [r.status, r.count]));
    expect(counts).toEqual({ full: 2, probationary: 1, candidate: 1, activist: 1, applicant: 1, masses: 1 });
  });

  it('listPeopleForPicker lists the current people in roster order with what a picker shows', () => {
    const rows = q.listPeopleForPicker(secretary);
    expect(ids(rows)).toEqual([
      fullA.id,
      fullB.id,
      probationary.id,
      candidate.id,
      activist.id,
      applicant.id,
      masses.id,
    ]);
    expect(rows[0]).toEqual({ id: fullA.id, name: '王正式', politicalStatus: 'full' });
  });
});

describe('getPersonForViewer', () => {
  it('gives a roster reader with private access the whole record', () => {
    const viewed = q.getPersonForViewer(secretary, fullA.id);
    expect(viewed).toMatchObject({
      id: fullA.id,
      name: '王正式',
      groupName: '甲组',
      politicalStatus: 'full',
      developmentRecordId: null,
    });
    expect(viewed?.private).toMatchObject({
      phone: '13900000011',
      idNumber: '152923199001011234',
      address: '达来呼布镇1号',
    });
    // someone else's record, not only one's own
    expect(q.getPersonForViewer(secretary, fullB.id)?.private).toMatchObject({ phone: '13900000012' });
  });

  it('gives a reviewer the public fields only', () => {
    const viewed = q.getPersonForViewer(reviewer, fullB.id);
    expect(viewed).toMatchObject({ id: fullB.id, name: '孙正式' });
    expect(viewed?.private).toBeNull();
    expect(viewed).not.toHaveProperty('phone');
  });

  it('gives a member their own record with private fields, and nobody else’s', () => {
    const own = q.getPersonForViewer(member, fullB.id);
    expect(own?.private).toMatchObject({ phone: '13900000012' });
    expect(q.getPersonForViewer(member, fullA.id)).toBeNull();
  });

  it('finds nobody outside the branch or under an unknown id', () => {
    expect(q.getPersonForViewer(secretary, outsider.id)).toBeNull();
    expect(q.getPersonForViewer(secretary, 987_654_321)).toBeNull();
  });

  it('still shows someone who left (their history stays)', () => {
    expect(q.getPersonForViewer(secretary, left.id)?.name).toBe('周调离');
  });
});

describe('getPersonForEdit', () => {
  it('gives a roster writer the editable record with private fields', () => {
    expect(q.getPersonForEdit(secretary, fullA.id)).toMatchObject({
      id: fullA.id,
      name: '王正式',
      phone: '13900000011',
      groupName: '甲组',
      version: 1,
    });
    expect(q.getPersonForEdit(fb.userOf(branch, 'committee'), probationary.id)?.name).toBe('李预备');
  });

  it('gives nothing to a member or a reviewer, nor for someone who left or is in another branch', () => {
    expect(q.getPersonForEdit(member, fullB.id)).toBeNull();
    expect(q.getPersonForEdit(reviewer, fullB.id)).toBeNull();
    expect(q.getPersonForEdit(secretary, left.id)).toBeNull();
    expect(q.getPersonForEdit(secretary, outsider.id)).toBeNull();
  });
});
