/**
 * db/queries/projects.ts with project-list, project-detail, project-forms and project-ledger beside it:
 * the service projects as each reader sees them (a member only what they took part in), a project in
 * full with its totals, the activity edit form, the year's totals and ledger.
 * Over a new branch whose projects are written here through db/mutations/projects.ts.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const q = {
  ...(await import('@/db/queries/projects')),
  ...(await import('@/db/queries/project-list')),
  ...(await import('@/db/queries/project-detail')),
  ...(await import('@/db/queries/project-forms')),
  ...(await import('@/db/queries/project-ledger')),
};
const m = await import('@/db/mutations/projects');
const { serviceTotalsForYear } = await import('@/db/report/totals/service');
const fb = await import('@/tests/queries/fresh-branch');
const { outputTypes } = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const branch = fb.freshBranch('项目查询测试支部');
const leader = fb.addPerson(branch.id, '书记甲', 'full');
const joiner = fb.addPerson(branch.id, '党员乙', 'full');
const bystander = fb.addPerson(branch.id, '党员丙', 'full');
const secretary = fb.addAccount(branch, 'secretary', leader.id);
const asJoiner = fb.userOf(branch, 'member', joiner.id);
const asBystander = fb.userOf(branch, 'member', bystander.id);
const asLeaderMember = fb.userOf(branch, 'member', leader.id);
const reviewer = fb.userOf(branch, 'reviewer');

const typeOf = (name: string) =>
  db
    .select()
    .from(outputTypes)
    .where(and(eq(outputTypes.branchId, branch.id), eq(outputTypes.name, name)))
    .get()!;
const donation = typeOf('捐款'); // first of the defaults
const rice = typeOf('大米'); // third

const base = {
  partner: null,
  goal: null,
  endDate: null,
  budget: null,
  memberIds: [] as number[],
  targets: [] as { outputTypeId: number; quantity: number; note: string | null }[],
};
const activityBase = {
  description: null,
  place: null,
  participantIds: [] as number[],
  otherParticipants: 0,
  outputs: [] as { outputTypeId: number; quantity: number; note: string | null }[],
};

// A 书记项目 for 2026 led by the secretary, with two activities: one the joiner took part in, one not.
const secretaryProject = m.createProject(secretary, {
  ...base,
  kind: '书记项目',
  name: '书记项目2026',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  status: 'active',
  memberIds: [leader.id],
  targets: [
    { outputTypeId: rice.id, quantity: 100, note: '全年' },
    { outputTypeId: donation.id, quantity: 1000, note: null },
  ],
});
const visit = m.recordActivity(secretary, {
  ...activityBase,
  projectId: secretaryProject,
  date: '2026-03-01',
  title: '春季走访',
  place: '嘎查',
  participantIds: [joiner.id, leader.id],
  otherParticipants: 2,
  outputs: [
    { outputTypeId: rice.id, quantity: 10, note: null },
    { outputTypeId: donation.id, quantity: 300.5, note: '现金' },
  ],
});
const delivery = m.recordActivity(secretary, {
  ...activityBase,
  projectId: secretaryProject,
  date: '2026-06-01',
  title: '夏季送粮',
  participantIds: [leader.id],
  outputs: [{ outputTypeId: rice.id, quantity: 20, note: null }],
});
const removedActivity = m.recordActivity(secretary, {
  ...activityBase,
  projectId: secretaryProject,
  date: '2026-07-01',
  title: '已删除的活动',
  participantIds: [bystander.id],
  outputs: [{ outputTypeId: rice.id, quantity: 999, note: null }],
});
m.removeActivity(secretary, { id: removedActivity, version: 1 });
const lastYearActivity = m.recordActivity(secretary, {
  ...activityBase,
  projectId: secretaryProject,
  date: '2025-12-20',
  title: '去年的活动',
  outputs: [{ outputTypeId: rice.id, quantity: 5, note: null }],
});

// A partnership running since 2024 with no end, one the joiner is a member of, with no activity.
const partnership = m.createProject(secretary, {
  ...base,
  kind: '结对共建',
  name: '长期结对',
  startDate: '2024-05-01',
  status: 'active',
  memberIds: [joiner.id],
});
// Ended before 2026, planned for 2027, removed.
const ended = m.createProject(secretary, {
  ...base,
  kind: '结对共建',
  name: '已结束',
  startDate: '2024-01-01',
  endDate: '2025-12-31',
  status: 'completed',
});
const planned = m.createProject(secretary, {
  ...base,
  kind: '书记项目',
  name: '书记项目2027',
  startDate: '2027-01-01',
  status: 'planned',
});
const removed = m.createProject(secretary, {
  ...base,
  kind: '志愿服务',
  name: '已删除项目',
  startDate: '2026-02-01',
  status: 'active',
});
const removedProjectActivity = m.recordActivity(secretary, {
  ...activityBase,
  projectId: removed,
  date: '2026-02-02',
  title: '已删除项目的活动',
  outputs: [{ outputTypeId: rice.id, quantity: 7, note: null }],
});
m.removeProject(secretary, { id: removed, version: 1 });

const photo = fb.addFileRow(branch.id, 'project_activities', visit, { fileName: '走访.jpg' });
fb.addFileRow(branch.id, 'project_activities', visit, {
  fileName: '删掉的.jpg',
  deletedAt: '2026-03-02T00:00:00.000Z',
});
fb.addFileRow(branch.id, 'meetings', visit, { fileName: '别的记录.jpg' });
const deliveryPhoto = fb.addFileRow(branch.id, 'project_activities', delivery, { fileName: '送粮.jpg' });

const other = fb.freshBranch('项目查询另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');
m.createProject(otherSecretary, {
  ...base,
  kind: '外支部项目',
  name: '外支部',
  startDate: '2026-01-01',
  status: 'active',
});

describe('listOutputTypes', () => {
  it('lists the branch’s types in their order, the archived ones only when asked', () => {
    const all = q.listOutputTypes({ branchId: branch.id });
    expect(all[0]).toMatchObject({
      id: donation.id,
      name: '捐款',
      unit: '元',
      category: 'money',
      archivedAt: null,
      version: 1,
    });
    expect(all.map((t) => t.name).slice(0, 3)).toEqual(['捐款', '投入资金', '大米']);
    m.archiveOutputType(secretary, { id: typeOf('食用油').id, version: 1 });
    expect(q.listOutputTypes({ branchId: branch.id }).map((t) => t.name)).not.toContain('食用油');
    expect(q.listOutputTypes({ branchId: branch.id }, { includeArchived: true }).map((t) => t.name)).toContain(
      '食用油',
    );
    expect(q.listOutputTypes({ branchId: branch.id }, { includeArchived: true })).toHaveLength(all.length);
  });
});

describe('listProjects', () => {
  it('gives a reader the live projects running in the year, by kind then newest start, with the year’s activities', () => {
    expect(q.listProjects(secretary, 2026).map((p) => [p.name, p.activities])).toEqual([
      ['书记项目2026', 2],
      ['长期结对', 0],
    ]);
    expect(q.listProjects(reviewer, 2025).map((p) => [p.name, p.activities])).toEqual([
      ['长期结对', 0],
      ['已结束', 0],
    ]);
    expect(q.listProjects(secretary, 2027).map((p) => p.name)).toEqual(['书记项目2027', '长期结对']);
    expect(q.listProjects(secretary, 2026)[0]).toEqual({
      id: secretaryProject,
      kind: '书记项目',
      name: '书记项目2026',
      partner: null,
      status: 'active',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      activities: 2,
    });
  });

  it('gives a member only the projects they are a member of or took part in', () => {
    expect(q.listProjects(asJoiner, 2026).map((p) => p.name)).toEqual(['书记项目2026', '长期结对']);
    expect(q.listProjects(asLeaderMember, 2026).map((p) => p.name)).toEqual(['书记项目2026']);
    // taking part in a removed activity does not count
    expect(q.listProjects(asBystander, 2026)).toEqual([]);
    expect(q.listProjects(fb.userOf(branch, 'member', null), 2026)).toEqual([]);
  });

  it('listPlannedProjects gives the planned projects starting in a year', () => {
    expect(q.listPlannedProjects(secretary, 2027)).toEqual([
      { id: planned, kind: '书记项目', name: '书记项目2027', startDate: '2027-01-01' },
    ]);
    expect(q.listPlannedProjects(secretary, 2026)).toEqual([]);
  });

  it('listUsedProjectKinds gives each kind of the branch’s live projects once, sorted', () => {
    expect(q.listUsedProjectKinds(secretary)).toEqual(['书记项目', '结对共建'].sort());
  });
});

describe('getProject', () => {
  it('gives a reader the project with members, targets, totals and every live activity, newest first', () => {
    const detail = q.getProject(secretary, secretaryProject)!;
    expect(detail).toMatchObject({ id: secretaryProject, name: '书记项目2026', kind: '书记项目' });
    expect(detail.members).toEqual([{ id: leader.id, name: '书记甲' }]);
    expect(detail.targets).toEqual([
      { outputTypeId: donation.id, quantity: 1000, note: null, name: '捐款', unit: '元' },
      { outputTypeId: rice.id, quantity: 100, note: '全年', name: '大米', unit: '袋' },
    ]);
    expect(detail.totals).toEqual([
      { outputTypeId: donation.id, name: '捐款', unit: '元', total: 300.5 },
      { outputTypeId: rice.id, name: '大米', unit: '袋', total: 35 },
    ]);
    expect(detail.activities.map((a) => a.title)).toEqual(['夏季送粮', '春季走访', '去年的活动']);
    const spring = detail.activities[1];
    expect(spring).toMatchObject({ id: visit, date: '2026-03-01', place: '嘎查', otherParticipants: 2, version: 1 });
    expect(spring.participants).toEqual([
      { activityId: visit, personId: leader.id, name: '书记甲' },
      { activityId: visit, personId: joiner.id, name: '党员乙' },
    ]);
    expect(spring.outputs.map((o) => [o.name, o.quantity, o.note])).toEqual([
      ['捐款', 300.5, '现金'],
      ['大米', 10, null],
    ]);
    expect(spring.photos).toEqual([{ id: photo.id, activityId: visit, fileName: '走访.jpg', size: photo.size }]);
    const summer = detail.activities[0];
    expect(summer.participants.map((p) => p.name)).toEqual(['书记甲']);
    expect(summer.outputs.map((o) => o.quantity)).toEqual([20]);
    expect(summer.photos.map((p) => p.id)).toEqual([deliveryPhoto.id]);
    expect(detail.activities[2].participants).toEqual([]);
    expect(detail.activities[2].photos).toEqual([]);
  });

  it('gives a member only the activities they took part in, but the totals of all', () => {
    const detail = q.getProject(asJoiner, secretaryProject)!;
    expect(detail.activities.map((a) => a.title)).toEqual(['春季走访']);
    expect(detail.totals.map((t) => t.total)).toEqual([300.5, 35]);
    const partnershipDetail = q.getProject(asJoiner, partnership)!;
    expect(partnershipDetail.activities).toEqual([]);
    expect(partnershipDetail.members).toEqual([{ id: joiner.id, name: '党员乙' }]);
  });

  it('gives nothing to a member who took no part, nor for a removed or foreign project', () => {
    expect(q.getProject(asBystander, secretaryProject)).toBeNull();
    expect(q.getProject(secretary, removed)).toBeNull();
    expect(q.getProject(otherSecretary, secretaryProject)).toBeNull();
    expect(q.getProject(secretary, ended)?.name).toBe('已结束');
  });
});

describe('activities', () => {
  it('getActivityForEdit gives the activity with its project, participant ids, outputs and live photos', () => {
    expect(q.getActivityForEdit(secretary, visit)).toEqual({
      id: visit,
      version: 1,
      projectId: secretaryProject,
      projectName: '书记项目2026',
      date: '2026-03-01',
      title: '春季走访',
      description: null,
      place: '嘎查',
      otherParticipants: 2,
      participantIds: expect.arrayContaining([joiner.id, leader.id]),
      outputs: expect.arrayContaining([
        { outputTypeId: rice.id, quantity: 10, note: null },
        { outputTypeId: donation.id, quantity: 300.5, note: '现金' },
      ]),
      photos: [{ id: photo.id, fileName: '走访.jpg', size: photo.size }],
    });
    expect(q.getActivityForEdit(secretary, visit)?.participantIds).toHaveLength(2);
  });

  it('getActivityForEdit gives nothing for a removed activity, one of a removed project, or another branch’s', () => {
    expect(q.getActivityForEdit(secretary, removedActivity)).toBeNull();
    expect(q.getActivityForEdit(secretary, removedProjectActivity)).toBeNull();
    expect(q.getActivityForEdit(otherSecretary, visit)).toBeNull();
  });

  it('tookPartInActivity says whether the person was among the participants', () => {
    expect(q.tookPartInActivity(joiner.id, visit)).toBe(true);
    expect(q.tookPartInActivity(joiner.id, delivery)).toBe(false);
    expect(q.tookPartInActivity(bystander.id, visit)).toBe(false);
  });
});

describe('the year’s outputs', () => {
  it('serviceTotalsForYear sums the year’s live outputs by type, with the activities behind each', () => {
    expect(serviceTotalsForYear({ branchId: branch.id }, 2026)).toEqual([
      { outputTypeId: donation.id, category: 'money', name: '捐款', unit: '元', total: 300.5, activityIds: [visit] },
      {
        outputTypeId: rice.id,
        category: 'goods',
        name: '大米',
        unit: '袋',
        total: 30,
        activityIds: expect.arrayContaining([visit, delivery]),
      },
    ]);
    expect(serviceTotalsForYear({ branchId: branch.id }, 2025)).toEqual([
      { outputTypeId: rice.id, category: 'goods', name: '大米', unit: '袋', total: 5, activityIds: [lastYearActivity] },
    ]);
  });

  it('outputEntries lists the activities behind one total, by date', () => {
    expect(q.outputEntries(secretary, 2026, rice.id)).toEqual([
      {
        activityId: visit,
        projectId: secretaryProject,
        projectName: '书记项目2026',
        date: '2026-03-01',
        title: '春季走访',
        quantity: 10,
        note: null,
      },
      {
        activityId: delivery,
        projectId: secretaryProject,
        projectName: '书记项目2026',
        date: '2026-06-01',
        title: '夏季送粮',
        quantity: 20,
        note: null,
      },
    ]);
    expect(q.outputEntries(secretary, 2026, typeOf('面粉').id)).toEqual([]);
  });

  it('activitiesForLedger gives the year’s live activities by date, participants and outputs as text', () => {
    const rows = q.activitiesForLedger(secretary, 2026);
    expect(rows.map((r) => r.title)).toEqual(['春季走访', '夏季送粮']);
    expect(rows[0]).toMatchObject({
      date: '2026-03-01',
      projectName: '书记项目2026',
      kind: '书记项目',
      place: '嘎查',
      otherParticipants: 2,
    });
    expect(rows[0].participants?.split('、').sort()).toEqual(['书记甲', '党员乙'].sort());
    expect(rows[0].outputs?.split('；').sort()).toEqual(['大米 10 袋', '捐款 300.5 元'].sort());
    expect(rows[1]).toMatchObject({ participants: '书记甲', outputs: '大米 20 袋' });
    expect(q.activitiesForLedger(secretary, 2025)).toEqual([
      expect.objectContaining({ title: '去年的活动', participants: null, outputs: '大米 5 袋' }),
    ]);
  });
});
