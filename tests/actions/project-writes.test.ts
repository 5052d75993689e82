/**
 * db/mutations/projects.ts, called directly: projects with their people and targets, activities with
 * their participants and outputs, and the branch's output types — what is stored, what is audited and
 * what is refused (people or types of another branch, a closed project, a removed record). Over a new
 * branch with its own people, so every row is known.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf as refusal } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/projects');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const {
  activityOutputs,
  activityParticipants,
  outputTypes,
  projectActivities,
  projectMembers,
  projects,
  projectTargets,
} = await import('@/db/schema');
const { and, asc, eq } = await import('drizzle-orm');
const { ConflictError, notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('项目测试支部');
const secretaryPerson = fb.addPerson(branch.id, '书记甲', 'full');
const memberA = fb.addPerson(branch.id, '党员乙', 'full');
const memberB = fb.addPerson(branch.id, '党员丙', 'probationary');
const secretary = fb.addAccount(branch, 'secretary', secretaryPerson.id);

const other = fb.freshBranch('项目测试另一支部');
const outsider = fb.addPerson(other.id, '外支部人员', 'full');
const otherSecretary = fb.addAccount(other, 'secretary');

const typeOf = (branchId: number, name: string) =>
  db
    .select()
    .from(outputTypes)
    .where(and(eq(outputTypes.branchId, branchId), eq(outputTypes.name, name)))
    .get()!;
const rice = typeOf(branch.id, '大米');
const money = typeOf(branch.id, '捐款');
const otherRice = typeOf(other.id, '大米');

const projectInput = (overrides: Record<string, unknown> = {}) => ({
  kind: '结对共建',
  name: '助农项目',
  partner: '某嘎查',
  goal: '帮扶农牧民',
  startDate: '2026-01-01',
  endDate: null as string | null,
  budget: 5000,
  status: 'active' as const,
  memberIds: [memberA.id, memberB.id],
  targets: [{ outputTypeId: rice.id, quantity: 50, note: '全年' }],
  ...overrides,
});

const activityInput = (overrides: Record<string, unknown> = {}) => ({
  date: '2026-03-05',
  title: '走访慰问',
  description: '送去大米',
  place: '某嘎查',
  participantIds: [memberA.id],
  otherParticipants: 3,
  outputs: [{ outputTypeId: rice.id, quantity: 10, note: null }],
  ...overrides,
});

const project = (id: number) => db.select().from(projects).where(eq(projects.id, id)).get()!;
const activity = (id: number) => db.select().from(projectActivities).where(eq(projectActivities.id, id)).get()!;
const membersOf = (id: number) =>
  db
    .select({ id: projectMembers.personId, branchId: projectMembers.branchId })
    .from(projectMembers)
    .where(eq(projectMembers.projectId, id))
    .orderBy(asc(projectMembers.personId))
    .all();
const targetsOf = (id: number) =>
  db
    .select({
      outputTypeId: projectTargets.outputTypeId,
      quantity: projectTargets.quantity,
      note: projectTargets.note,
      branchId: projectTargets.branchId,
    })
    .from(projectTargets)
    .where(eq(projectTargets.projectId, id))
    .all();
const participantsOf = (id: number) =>
  db
    .select({ id: activityParticipants.personId, branchId: activityParticipants.branchId })
    .from(activityParticipants)
    .where(eq(activityParticipants.activityId, id))
    .orderBy(asc(activityParticipants.personId))
    .all();
const outputsOf = (id: number) =>
  db
    .select({
      outputTypeId: activityOutputs.outputTypeId,
      quantity: activityOutputs.quantity,
      note: activityOutputs.note,
      branchId: activityOutputs.branchId,
    })
    .from(activityOutputs)
    .where(eq(activityOutputs.activityId, id))
    .all();

describe('createProject', () => {
  it('stores the project with its people and targets in the branch, and audits all of it', async () => {
    const before = f.lastAuditId();
    const id = m.createProject(secretary, projectInput());
    expect(project(id)).toMatchObject({
      branchId: branch.id,
      kind: '结对共建',
      name: '助农项目',
      partner: '某嘎查',
      goal: '帮扶农牧民',
      startDate: '2026-01-01',
      endDate: null,
      budget: 5000,
      status: 'active',
      createdBy: secretary.accountId,
      deletedAt: null,
    });
    expect(membersOf(id)).toEqual([
      { id: memberA.id, branchId: branch.id },
      { id: memberB.id, branchId: branch.id },
    ]);
    expect(targetsOf(id)).toEqual([{ outputTypeId: rice.id, quantity: 50, note: '全年', branchId: branch.id }]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['project.create', 'projects', id]]);
    expect(audit[0].after).toMatchObject({
      name: '助农项目',
      memberIds: [memberA.id, memberB.id],
      targets: [{ outputTypeId: rice.id, quantity: 50, note: '全年' }],
    });
  });

  it('stores a project without people or targets', () => {
    const id = m.createProject(secretary, projectInput({ memberIds: [], targets: [] }));
    expect(membersOf(id)).toEqual([]);
    expect(targetsOf(id)).toEqual([]);
  });

  it('refuses people or output types of another branch, and writes nothing', () => {
    const count = () => db.select().from(projects).where(eq(projects.branchId, branch.id)).all().length;
    const before = count();
    expect(refusal(() => m.createProject(secretary, projectInput({ memberIds: [memberA.id, outsider.id] })))).toEqual({
      message: '所选人员须为本支部人员',
      fieldErrors: { memberIds: ['请从本支部名册中选择'] },
    });
    expect(
      refusal(() =>
        m.createProject(
          secretary,
          projectInput({ targets: [{ outputTypeId: otherRice.id, quantity: 1, note: null }] }),
        ),
      ),
    ).toEqual({
      message: '请选择本支部的成效类型',
      fieldErrors: { targets: ['成效类型无效'] },
    });
    expect(count()).toBe(before);
  });
});

describe('updateProject', () => {
  it('replaces the fields, the people and the targets, and audits before and after', async () => {
    const id = m.createProject(secretary, projectInput());
    const before = f.lastAuditId();
    m.updateProject(secretary, {
      ...projectInput({
        name: '助农项目（二期）',
        memberIds: [memberB.id],
        targets: [{ outputTypeId: money.id, quantity: 2000, note: null }],
        endDate: '2026-12-31',
      }),
      id,
      version: 1,
    });
    expect(project(id)).toMatchObject({ name: '助农项目（二期）', endDate: '2026-12-31', version: 2 });
    expect(membersOf(id).map((r) => r.id)).toEqual([memberB.id]);
    expect(targetsOf(id)).toEqual([{ outputTypeId: money.id, quantity: 2000, note: null, branchId: branch.id }]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['project.update', 'projects', id]]);
    expect(audit[0].before).toMatchObject({
      name: '助农项目',
      memberIds: [memberA.id, memberB.id],
      targets: [{ outputTypeId: rice.id, quantity: 50, note: '全年' }],
    });
    expect(audit[0].after).toMatchObject({
      name: '助农项目（二期）',
      memberIds: [memberB.id],
      targets: [{ outputTypeId: money.id, quantity: 2000, note: null }],
    });
  });

  it('refuses a stale version, another branch’s people, and a removed project', () => {
    const id = m.createProject(secretary, projectInput());
    expect(() => m.updateProject(secretary, { ...projectInput(), id, version: 7 })).toThrow(ConflictError);
    expect(
      refusal(() => m.updateProject(secretary, { ...projectInput({ memberIds: [outsider.id] }), id, version: 1 })),
    ).toEqual({
      message: '所选人员须为本支部人员',
      fieldErrors: { memberIds: ['请从本支部名册中选择'] },
    });
    expect(
      refusal(() =>
        m.updateProject(secretary, {
          ...projectInput({ targets: [{ outputTypeId: otherRice.id, quantity: 1, note: null }] }),
          id,
          version: 1,
        }),
      ),
    ).toEqual({
      message: '请选择本支部的成效类型',
      fieldErrors: { targets: ['成效类型无效'] },
    });
    expect(
      refusal(() =>
        m.updateProject(otherSecretary, { ...projectInput({ memberIds: [], targets: [] }), id, version: 1 }),
      ).message,
    ).toBe(notFoundMessage);
    m.removeProject(secretary, { id, version: 1 });
    expect(refusal(() => m.updateProject(secretary, { ...projectInput(), id, version: 2 })).message).toBe(
      notFoundMessage,
    );
    expect(membersOf(id).map((r) => r.id)).toEqual([memberA.id, memberB.id]);
  });
});

describe('setProjectStatus and removeProject', () => {
  it('moves a project along and audits the status change', async () => {
    const id = m.createProject(secretary, projectInput({ status: 'planned' }));
    const before = f.lastAuditId();
    m.setProjectStatus(secretary, { id, version: 1, status: 'active' });
    expect(project(id)).toMatchObject({ status: 'active', version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId, a.before, a.after])).toEqual([
      ['project.status', 'projects', id, { status: 'planned' }, { status: 'active' }],
    ]);
  });

  it('removes a project softly, after which it can be neither moved nor removed again', async () => {
    const id = m.createProject(secretary, projectInput());
    const before = f.lastAuditId();
    m.removeProject(secretary, { id, version: 1 });
    expect(project(id).deletedAt).toEqual(expect.any(String));
    expect(membersOf(id)).toHaveLength(2);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['project.remove', 'projects', id]]);
    expect(audit[0].before).toMatchObject({ deletedAt: null });
    expect(audit[0].after).toMatchObject({ deletedAt: project(id).deletedAt });
    expect(refusal(() => m.setProjectStatus(secretary, { id, version: 2, status: 'completed' })).message).toBe(
      notFoundMessage,
    );
    expect(refusal(() => m.removeProject(secretary, { id, version: 2 })).message).toBe(notFoundMessage);
    expect(project(id).status).toBe('active');
  });
});

describe('activities', () => {
  it('records an activity with its participants and outputs, and audits it', async () => {
    const projectId = m.createProject(secretary, projectInput());
    const before = f.lastAuditId();
    const id = m.recordActivity(secretary, {
      ...activityInput({ participantIds: [memberA.id, secretaryPerson.id] }),
      projectId,
    });
    expect(activity(id)).toMatchObject({
      projectId,
      branchId: branch.id,
      date: '2026-03-05',
      title: '走访慰问',
      description: '送去大米',
      place: '某嘎查',
      otherParticipants: 3,
      createdBy: secretary.accountId,
    });
    expect(participantsOf(id)).toEqual([
      { id: secretaryPerson.id, branchId: branch.id },
      { id: memberA.id, branchId: branch.id },
    ]);
    expect(outputsOf(id)).toEqual([{ outputTypeId: rice.id, quantity: 10, note: null, branchId: branch.id }]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['project.activity.create', 'project_activities', id],
    ]);
    expect(audit[0].after).toMatchObject({
      title: '走访慰问',
      participantIds: expect.arrayContaining([memberA.id, secretaryPerson.id]),
      outputs: [{ outputTypeId: rice.id, quantity: 10, note: null }],
    });
  });

  it('refuses an activity for a closed, removed or foreign project, or with foreign people or types', () => {
    const closed = m.createProject(secretary, projectInput({ status: 'closed' }));
    expect(refusal(() => m.recordActivity(secretary, { ...activityInput(), projectId: closed })).message).toBe(
      '项目已终止，不能再记录活动',
    );
    const removed = m.createProject(secretary, projectInput());
    m.removeProject(secretary, { id: removed, version: 1 });
    expect(refusal(() => m.recordActivity(secretary, { ...activityInput(), projectId: removed })).message).toBe(
      notFoundMessage,
    );
    const open = m.createProject(secretary, projectInput());
    expect(
      refusal(() =>
        m.recordActivity(otherSecretary, { ...activityInput({ participantIds: [], outputs: [] }), projectId: open }),
      ).message,
    ).toBe(notFoundMessage);
    expect(
      refusal(() =>
        m.recordActivity(secretary, { ...activityInput({ participantIds: [outsider.id] }), projectId: open }),
      ),
    ).toEqual({
      message: '所选人员须为本支部人员',
      fieldErrors: { participantIds: ['请从本支部名册中选择'] },
    });
    expect(
      refusal(() =>
        m.recordActivity(secretary, {
          ...activityInput({ outputs: [{ outputTypeId: otherRice.id, quantity: 1, note: null }] }),
          projectId: open,
        }),
      ),
    ).toEqual({
      message: '请选择本支部的成效类型',
      fieldErrors: { outputs: ['成效类型无效'] },
    });
    expect(db.select().from(projectActivities).where(eq(projectActivities.projectId, open)).all()).toEqual([]);
    // planned and completed projects still take activities
    for (const status of ['planned', 'completed'] as const) {
      const projectId = m.createProject(secretary, projectInput({ status }));
      expect(activity(m.recordActivity(secretary, { ...activityInput(), projectId })).projectId).toBe(projectId);
    }
  });

  it('updates an activity, replacing participants and outputs, and gives back its project', async () => {
    const projectId = m.createProject(secretary, projectInput());
    const id = m.recordActivity(secretary, { ...activityInput(), projectId });
    const before = f.lastAuditId();
    const returned = m.updateActivity(secretary, {
      ...activityInput({
        title: '再次走访',
        participantIds: [memberB.id],
        outputs: [{ outputTypeId: money.id, quantity: 300, note: '现金' }],
      }),
      id,
      version: 1,
    });
    expect(returned).toBe(projectId);
    expect(activity(id)).toMatchObject({ title: '再次走访', version: 2 });
    expect(participantsOf(id).map((p) => p.id)).toEqual([memberB.id]);
    expect(outputsOf(id)).toEqual([{ outputTypeId: money.id, quantity: 300, note: '现金', branchId: branch.id }]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['project.activity.update', 'project_activities', id],
    ]);
    expect(audit[0].before).toMatchObject({
      title: '走访慰问',
      participantIds: [memberA.id],
      outputs: [{ outputTypeId: rice.id, quantity: 10, note: null }],
    });
    expect(audit[0].after).toMatchObject({
      title: '再次走访',
      participantIds: [memberB.id],
      outputs: [{ outputTypeId: money.id, quantity: 300, note: '现金' }],
    });

    m.updateActivity(secretary, { ...activityInput({ participantIds: [], outputs: [] }), id, version: 2 });
    expect(participantsOf(id)).toEqual([]);
    expect(outputsOf(id)).toEqual([]);
  });

  it('removes an activity softly, giving back its project; a removed one cannot be changed', async () => {
    const projectId = m.createProject(secretary, projectInput());
    const id = m.recordActivity(secretary, { ...activityInput(), projectId });
    const before = f.lastAuditId();
    expect(m.removeActivity(secretary, { id, version: 1 })).toBe(projectId);
    expect(activity(id).deletedAt).toEqual(expect.any(String));
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['project.activity.remove', 'project_activities', id],
    ]);
    expect(refusal(() => m.removeActivity(secretary, { id, version: 2 })).message).toBe(notFoundMessage);
    expect(refusal(() => m.updateActivity(secretary, { ...activityInput(), id, version: 2 })).message).toBe(
      notFoundMessage,
    );
    expect(participantsOf(id).map((p) => p.id)).toEqual([memberA.id]);
    expect(() =>
      m.updateActivity(secretary, { ...activityInput({ participantIds: [outsider.id] }), id, version: 2 }),
    ).toThrow('所选人员须为本支部人员');
  });
});

describe('output types', () => {
  const typesNamed = (branchId: number, name: string) =>
    db
      .select()
      .from(outputTypes)
      .where(and(eq(outputTypes.branchId, branchId), eq(outputTypes.name, name)))
      .all();

  it('adds a type at the end of the list, and refuses a second one with the same name and unit', async () => {
    const before = f.lastAuditId();
    m.addOutputType(secretary, { category: 'goods', name: '棉被', unit: '床' });
    const [row] = typesNamed(branch.id, '棉被');
    expect(row).toMatchObject({ category: 'goods', unit: '床', sortOrder: 100, archivedAt: null });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['output_type.create', 'output_types', row.id],
    ]);
    expect(refusal(() => m.addOutputType(secretary, { category: 'goods', name: '棉被', unit: '床' }))).toEqual({
      message: '已有成效类型「棉被（床）」',
      fieldErrors: { name: ['名称与单位重复'] },
    });
    // Another unit is another type; another branch may have the same.
    m.addOutputType(secretary, { category: 'goods', name: '棉被', unit: '条' });
    m.addOutputType(otherSecretary, { category: 'goods', name: '棉被', unit: '床' });
    expect(typesNamed(branch.id, '棉被').map((t) => t.unit)).toEqual(['床', '条']);
    expect(typesNamed(other.id, '棉被')).toHaveLength(1);
  });

  it('archives a type, and adding it again restores it with the new category instead of a second row', async () => {
    m.addOutputType(secretary, { category: 'goods', name: '书包', unit: '个' });
    const [row] = typesNamed(branch.id, '书包');
    const before = f.lastAuditId();
    m.archiveOutputType(secretary, { id: row.id, version: 1 });
    expect(typesNamed(branch.id, '书包')[0]).toMatchObject({ archivedAt: expect.any(String), version: 2 });
    m.addOutputType(secretary, { category: 'other', name: '书包', unit: '个' });
    expect(typesNamed(branch.id, '书包')).toEqual([
      expect.objectContaining({ id: row.id, archivedAt: null, category: 'other' }),
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['output_type.archive', 'output_types', row.id],
      ['output_type.restore', 'output_types', row.id],
    ]);
    expect(audit[1].after).toEqual({ category: 'other', name: '书包', unit: '个' });
    expect(() => m.archiveOutputType(otherSecretary, { id: row.id, version: 2 })).toThrow(notFoundMessage);
  });
});
