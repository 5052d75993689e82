import 'server-only';
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { inBranch, liveIn } from '@/db/queries/scope';
import {
  activityOutputs,
  activityParticipants,
  outputTypes,
  people,
  projectActivities,
  projectMembers,
  projects,
  projectTargets,
} from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { ProjectStatus } from '@/lib/service/model';
import type {
  ActivityCreateInput,
  ActivityInput,
  ActivityUpdateInput,
  ProjectInput,
  ProjectUpdateInput,
  QuantityRow,
} from '@/lib/service/validation';

function checkPeople(tx: Transaction, user: SessionUser, ids: number[], field: string) {
  if (ids.length === 0) return;
  const unique = [...new Set(ids)];
  const found = tx
    .select({ id: people.id })
    .from(people)
    .where(and(inArray(people.id, unique), inBranch(people, user)))
    .all();
  if (found.length !== unique.length)
    throw new ActionError('所选人员须为本支部人员', { [field]: ['请从本支部名册中选择'] });
}

function checkOutputTypes(tx: Transaction, user: SessionUser, rows: QuantityRow[], field: string) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.outputTypeId);
  const found = tx
    .select({ id: outputTypes.id })
    .from(outputTypes)
    .where(and(inArray(outputTypes.id, ids), inBranch(outputTypes, user)))
    .all();
  if (found.length !== new Set(ids).size)
    throw new ActionError('请选择本支部的成效类型', { [field]: ['成效类型无效'] });
}

/** Replaces a set of child rows (members, targets, participants, outputs) with the submitted ones. */
function replaceRows<T extends SQLiteTable>(tx: Transaction, table: T, where: SQL, rows: T['$inferInsert'][]) {
  tx.delete(table).where(where).run();
  if (rows.length > 0) tx.insert(table).values(rows).run();
}

function projectSnapshot(tx: Transaction, id: number) {
  return {
    memberIds: tx
      .select({ id: projectMembers.personId })
      .from(projectMembers)
      .where(eq(projectMembers.projectId, id))
      .all()
      .map((r) => r.id),
    targets: tx
      .select({
        outputTypeId: projectTargets.outputTypeId,
        quantity: projectTargets.quantity,
        note: projectTargets.note,
      })
      .from(projectTargets)
      .where(eq(projectTargets.projectId, id))
      .all(),
  };
}

function saveProjectChildren(tx: Transaction, user: SessionUser, projectId: number, input: ProjectInput) {
  replaceRows(
    tx,
    projectMembers,
    eq(projectMembers.projectId, projectId),
    input.memberIds.map((personId) => ({ projectId, branchId: user.branchId, personId })),
  );
  replaceRows(
    tx,
    projectTargets,
    eq(projectTargets.projectId, projectId),
    input.targets.map((t) => ({ projectId, branchId: user.branchId, ...t })),
  );
}

function projectValues({ memberIds: _members, targets: _targets, ...fields }: ProjectInput) {
  return fields;
}

export function createProject(user: SessionUser, input: ProjectInput): number {
  return writeWithAudit(user, (tx, audit) => {
    checkPeople(tx, user, input.memberIds, 'memberIds');
    checkOutputTypes(tx, user, input.targets, 'targets');
    const row = tx
      .insert(projects)
      .values({ ...projectValues(input), branchId: user.branchId, createdBy: user.accountId })
      .returning()
      .get();
    saveProjectChildren(tx, user, row.id, input);
    audit({
      action: 'project.create',
      entity: 'projects',
      entityId: row.id,
      after: { ...row, ...projectSnapshot(tx, row.id) },
    });
    return row.id;
  });
}

export function updateProject(user: SessionUser, input: ProjectUpdateInput): void {
  const { id, version, ...fields } = input;
  writeWithAudit(user, (tx, audit) => {
    checkPeople(tx, user, fields.memberIds, 'memberIds');
    checkOutputTypes(tx, user, fields.targets, 'targets');
    const childrenBefore = projectSnapshot(tx, id);
    const { before, after } = updateVersioned(
      tx,
      projects,
      { id, version, branchId: user.branchId },
      projectValues(fields),
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    saveProjectChildren(tx, user, id, fields);
    audit({
      action: 'project.update',
      entity: 'projects',
      entityId: id,
      before: { ...before, ...childrenBefore },
      after: { ...after, ...projectSnapshot(tx, id) },
    });
  });
}

/** Moves a project along (a planned 书记项目 starts in the new year; a finished one is completed). */
export function setProjectStatus(
  user: SessionUser,
  input: { id: number; version: number; status: ProjectStatus },
): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      projects,
      { id: input.id, version: input.version, branchId: user.branchId },
      { status: input.status },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({
      action: 'project.status',
      entity: 'projects',
      entityId: input.id,
      before: { status: before.status },
      after: { status: after.status },
    });
  });
}

/** Removes a project softly: its activities and their outputs stay in the history but leave the totals. */
export function removeProject(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      projects,
      { id: input.id, version: input.version, branchId: user.branchId },
      { deletedAt: nowIso() },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'project.remove', entity: 'projects', entityId: input.id, before, after });
  });
}

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

function activitySnapshot(tx: Transaction, id: number) {
  return {
    participantIds: tx
      .select({ id: activityParticipants.personId })
      .from(activityParticipants)
      .where(eq(activityParticipants.activityId, id))
      .all()
      .map((r) => r.id),
    outputs: tx
      .select({
        outputTypeId: activityOutputs.outputTypeId,
        quantity: activityOutputs.quantity,
        note: activityOutputs.note,
      })
      .from(activityOutputs)
      .where(eq(activityOutputs.activityId, id))
      .all(),
  };
}

function saveActivityChildren(tx: Transaction, user: SessionUser, activityId: number, input: ActivityInput) {
  replaceRows(
    tx,
    activityParticipants,
    eq(activityParticipants.activityId, activityId),
    input.participantIds.map((personId) => ({ activityId, branchId: user.branchId, personId })),
  );
  replaceRows(
    tx,
    activityOutputs,
    eq(activityOutputs.activityId, activityId),
    input.outputs.map((o) => ({ activityId, branchId: user.branchId, ...o })),
  );
}

function activityValues({ participantIds: _people, outputs: _outputs, ...fields }: ActivityInput) {
  return fields;
}

function checkActivity(tx: Transaction, user: SessionUser, input: ActivityInput) {
  checkPeople(tx, user, input.participantIds, 'participantIds');
  checkOutputTypes(tx, user, input.outputs, 'outputs');
}

export function recordActivity(user: SessionUser, input: ActivityCreateInput): number {
  const { projectId, ...fields } = input;
  return writeWithAudit(user, (tx, audit) => {
    const project = tx
      .select({ id: projects.id, status: projects.status })
      .from(projects)
      .where(and(eq(projects.id, projectId), liveIn(projects, user)))
      .get();
    if (!project) throw new ActionError(notFoundMessage);
    if (project.status === 'closed') throw new ActionError('项目已终止，不能再记录活动');
    checkActivity(tx, user, fields);
    const row = tx
      .insert(projectActivities)
      .values({ ...activityValues(fields), projectId, branchId: user.branchId, createdBy: user.accountId })
      .returning()
      .get();
    saveActivityChildren(tx, user, row.id, fields);
    audit({
      action: 'project.activity.create',
      entity: 'project_activities',
      entityId: row.id,
      after: { ...row, ...activitySnapshot(tx, row.id) },
    });
    return row.id;
  });
}

export function updateActivity(user: SessionUser, input: ActivityUpdateInput): number {
  const { id, version, ...fields } = input;
  return writeWithAudit(user, (tx, audit) => {
    checkActivity(tx, user, fields);
    const childrenBefore = activitySnapshot(tx, id);
    const { before, after } = updateVersioned(
      tx,
      projectActivities,
      { id, version, branchId: user.branchId },
      activityValues(fields),
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    saveActivityChildren(tx, user, id, fields);
    audit({
      action: 'project.activity.update',
      entity: 'project_activities',
      entityId: id,
      before: { ...before, ...childrenBefore },
      after: { ...after, ...activitySnapshot(tx, id) },
    });
    return before.projectId;
  });
}

export function removeActivity(user: SessionUser, input: { id: number; version: number }): number {
  return writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      projectActivities,
      { id: input.id, version: input.version, branchId: user.branchId },
      { deletedAt: nowIso() },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'project.activity.remove', entity: 'project_activities', entityId: input.id, before, after });
    return before.projectId;
  });
}

// ---------------------------------------------------------------------------------------------
// Output types
// ---------------------------------------------------------------------------------------------

export function addOutputType(
  user: SessionUser,
  input: { category: (typeof outputTypes.$inferInsert)['category']; name: string; unit: string },
): void {
  writeWithAudit(user, (tx, audit) => {
    const clash = tx
      .select({ id: outputTypes.id, archivedAt: outputTypes.archivedAt })
      .from(outputTypes)
      .where(and(inBranch(outputTypes, user), eq(outputTypes.name, input.name), eq(outputTypes.unit, input.unit)))
      .get();
    if (clash && !clash.archivedAt)
      throw new ActionError(`已有成效类型「${input.name}（${input.unit}）」`, { name: ['名称与单位重复'] });
    if (clash) {
      tx.update(outputTypes)
        .set({ archivedAt: null, category: input.category, updatedAt: nowIso() })
        .where(eq(outputTypes.id, clash.id))
        .run();
      audit({ action: 'output_type.restore', entity: 'output_types', entityId: clash.id, after: input });
      return;
    }
    const row = tx
      .insert(outputTypes)
      .values({ ...input, branchId: user.branchId, sortOrder: 100 })
      .returning()
      .get();
    audit({ action: 'output_type.create', entity: 'output_types', entityId: row.id, after: row });
  });
}

/** Archived types keep their recorded outputs and totals; they are no longer offered for new ones. */
export function archiveOutputType(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      outputTypes,
      { id: input.id, version: input.version, branchId: user.branchId },
      { archivedAt: nowIso() },
    );
    audit({ action: 'output_type.archive', entity: 'output_types', entityId: input.id, before, after });
  });
}
