import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { type BranchScope, inBranch, liveIn } from '@/db/queries/scope';
import { workOutputCategories, workOutputs } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type { CategoryInput, CategoryUpdateInput, OutputInput, OutputUpdateInput } from '@/lib/work-outputs/validation';

function refuseDuplicateName(tx: Transaction, scope: BranchScope, name: string, exceptId?: number) {
  const same = tx
    .select({ id: workOutputCategories.id, archivedAt: workOutputCategories.archivedAt })
    .from(workOutputCategories)
    .where(and(inBranch(workOutputCategories, scope), eq(workOutputCategories.name, name)))
    .get();
  if (same && same.id !== exceptId) {
    const message = same.archivedAt ? '已有同名的类别（已归档），可在归档类别中恢复' : '已有同名的类别';
    throw new ActionError(message, { name: [message] });
  }
}

export function createCategory(user: SessionUser, input: CategoryInput): number {
  return writeWithAudit(user, (tx, audit) => {
    refuseDuplicateName(tx, user, input.name);
    const last = tx
      .select({ n: max(workOutputCategories.sortOrder) })
      .from(workOutputCategories)
      .where(inBranch(workOutputCategories, user))
      .get();
    const row = tx
      .insert(workOutputCategories)
      .values({ branchId: user.branchId, ...input, sortOrder: (last?.n ?? -1) + 1 })
      .returning()
      .get();
    audit({ action: 'work_output_category.create', entity: 'work_output_categories', entityId: row.id, after: row });
    return row.id;
  });
}

/** Renames a category or changes its unit; its entries follow (they point at the category). */
export function updateCategory(user: SessionUser, input: CategoryUpdateInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    refuseDuplicateName(tx, user, values.name, id);
    const { before, after } = updateVersioned(
      tx,
      workOutputCategories,
      { id, version, branchId: user.branchId },
      values,
    );
    audit({ action: 'work_output_category.update', entity: 'work_output_categories', entityId: id, before, after });
  });
}

/** An archived category takes no new entries; its entries and totals stay. Restoring undoes that. */
export function setCategoryArchived(
  user: SessionUser,
  input: { id: number; version: number; archived: boolean },
): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      workOutputCategories,
      { id: input.id, version: input.version, branchId: user.branchId },
      {
        archivedAt: input.archived ? nowIso() : null,
      },
    );
    if (!!before.archivedAt === input.archived) throw new ActionError(input.archived ? '该类别已归档' : '该类别未归档');
    const action = input.archived ? 'work_output_category.archive' : 'work_output_category.restore';
    audit({ action, entity: 'work_output_categories', entityId: input.id, before, after });
  });
}

/** The category must be the branch's and open for entries; an entry may keep the archived one it already has. */
function checkCategory(tx: Transaction, user: SessionUser, categoryId: number, current?: number) {
  const category = tx
    .select({ archivedAt: workOutputCategories.archivedAt })
    .from(workOutputCategories)
    .where(and(eq(workOutputCategories.id, categoryId), inBranch(workOutputCategories, user)))
    .get();
  if (!category || (category.archivedAt && categoryId !== current)) {
    throw new ActionError('请选择本支部在用的成果类别', { categoryId: ['请选择类别'] });
  }
}

export function createOutput(user: SessionUser, input: OutputInput): number {
  return writeWithAudit(user, (tx, audit) => {
    checkCategory(tx, user, input.categoryId);
    const row = tx
      .insert(workOutputs)
      .values({ ...input, branchId: user.branchId, recordedBy: user.accountId })
      .returning()
      .get();
    audit({ action: 'work_output.create', entity: 'work_outputs', entityId: row.id, after: row });
    return row.id;
  });
}

export function updateOutput(user: SessionUser, input: OutputUpdateInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    const current = tx
      .select({ categoryId: workOutputs.categoryId })
      .from(workOutputs)
      .where(and(eq(workOutputs.id, id), liveIn(workOutputs, user)))
      .get();
    if (!current) throw new ActionError(notFoundMessage);
    checkCategory(tx, user, values.categoryId, current.categoryId);
    const { before, after } = updateVersioned(tx, workOutputs, { id, version, branchId: user.branchId }, values);
    audit({ action: 'work_output.update', entity: 'work_outputs', entityId: id, before, after });
  });
}

export function removeOutput(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      workOutputs,
      { ...input, branchId: user.branchId },
      {
        deletedAt: nowIso(),
      },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'work_output.remove', entity: 'work_outputs', entityId: input.id, before, after });
  });
}
