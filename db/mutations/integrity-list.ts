import 'server-only';
import { and, asc, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { Transaction } from '@/db/client';
import { moveAmongSiblings } from '@/db/mutations/reorder';
import { updateVersioned, writeWithAudit } from '@/db/mutations/write';
import { type BranchScope, live, liveIn } from '@/db/queries/scope';
import { integrityAspects, integrityItems } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/session-user';
import { nowIso } from '@/lib/clock';
import { ActionError, notFoundMessage } from '@/lib/errors';
import type {
  CreateAspectInput,
  CreateItemInput,
  MoveInput,
  RenameAspectInput,
  UpdateItemInput,
} from '@/lib/integrity/validation';

/*
 * The 主体责任清单: a year's aspects and, under each, its items with who answers for them.
 * Removal is soft; removing an aspect removes its items with it.
 */

const liveAspects = (scope: BranchScope, year: number) =>
  and(liveIn(integrityAspects, scope), eq(integrityAspects.year, year));

const liveItems = (aspectId: number) => and(eq(integrityItems.aspectId, aspectId), live(integrityItems));

function refuseDuplicateTitle(tx: Transaction, scope: BranchScope, year: number, title: string, exceptId?: number) {
  const same = tx
    .select({ id: integrityAspects.id })
    .from(integrityAspects)
    .where(and(liveAspects(scope, year), eq(integrityAspects.title, title)))
    .get();
  if (same && same.id !== exceptId) throw new ActionError('本年度清单中已有同名的方面', { title: ['已有同名的方面'] });
}

function liveAspect(tx: Transaction, user: SessionUser, id: number) {
  const aspect = tx
    .select()
    .from(integrityAspects)
    .where(and(eq(integrityAspects.id, id), liveIn(integrityAspects, user)))
    .get();
  if (!aspect) throw new ActionError(notFoundMessage);
  return aspect;
}

/** The place after the last of the rows `where` selects. */
function nextSortOrder(
  tx: Transaction,
  column: typeof integrityAspects.sortOrder | typeof integrityItems.sortOrder,
  where: SQL | undefined,
) {
  return (
    (tx
      .select({ n: max(column) })
      .from(column.table)
      .where(where)
      .get()?.n ?? -1) + 1
  );
}

export function createAspect(user: SessionUser, input: CreateAspectInput): number {
  return writeWithAudit(user, (tx, audit) => {
    refuseDuplicateTitle(tx, user, input.year, input.title);
    const row = tx
      .insert(integrityAspects)
      .values({
        branchId: user.branchId,
        year: input.year,
        title: input.title,
        sortOrder: nextSortOrder(tx, integrityAspects.sortOrder, liveAspects(user, input.year)),
      })
      .returning()
      .get();
    audit({ action: 'integrity_aspect.create', entity: 'integrity_aspects', entityId: row.id, after: row });
    return row.id;
  });
}

export function renameAspect(user: SessionUser, input: RenameAspectInput): void {
  writeWithAudit(user, (tx, audit) => {
    const aspect = liveAspect(tx, user, input.id);
    refuseDuplicateTitle(tx, user, aspect.year, input.title, aspect.id);
    const { before, after } = updateVersioned(
      tx,
      integrityAspects,
      { ...input, branchId: user.branchId },
      { title: input.title },
    );
    audit({ action: 'integrity_aspect.rename', entity: 'integrity_aspects', entityId: input.id, before, after });
  });
}

export function moveAspect(user: SessionUser, input: MoveInput): void {
  writeWithAudit(user, (tx, audit) => {
    const aspect = liveAspect(tx, user, input.id);
    const { before, after, order } = moveAmongSiblings(
      tx,
      integrityAspects,
      { ...input, branchId: user.branchId },
      liveAspects(user, aspect.year),
      input.direction,
    );
    audit({
      action: 'integrity_aspect.move',
      entity: 'integrity_aspects',
      entityId: input.id,
      before,
      after: { ...after, order },
    });
  });
}

/** Removes an aspect and the items under it (softly: they stay in the audit trail and the database). */
export function removeAspect(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    liveAspect(tx, user, input.id);
    const now = nowIso();
    const items = tx
      .select({ id: integrityItems.id })
      .from(integrityItems)
      .where(liveItems(input.id))
      .all()
      .map((i) => i.id);
    const { before, after } = updateVersioned(
      tx,
      integrityAspects,
      { ...input, branchId: user.branchId },
      { deletedAt: now },
    );
    if (items.length > 0) {
      tx.update(integrityItems)
        .set({ deletedAt: now, updatedAt: now, version: sql`${integrityItems.version} + 1` })
        .where(inArray(integrityItems.id, items))
        .run();
    }
    audit({
      action: 'integrity_aspect.remove',
      entity: 'integrity_aspects',
      entityId: input.id,
      before,
      after: { ...after, removedItemIds: items },
    });
  });
}

export function createItem(user: SessionUser, input: CreateItemInput): number {
  return writeWithAudit(user, (tx, audit) => {
    liveAspect(tx, user, input.aspectId);
    const row = tx
      .insert(integrityItems)
      .values({
        branchId: user.branchId,
        aspectId: input.aspectId,
        content: input.content,
        responsible: input.responsible,
        sortOrder: nextSortOrder(tx, integrityItems.sortOrder, liveItems(input.aspectId)),
      })
      .returning()
      .get();
    audit({ action: 'integrity_item.create', entity: 'integrity_items', entityId: row.id, after: row });
    return row.id;
  });
}

export function updateItem(user: SessionUser, input: UpdateItemInput): void {
  const { id, version, ...values } = input;
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(tx, integrityItems, { id, version, branchId: user.branchId }, values);
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'integrity_item.update', entity: 'integrity_items', entityId: id, before, after });
  });
}

export function moveItem(user: SessionUser, input: MoveInput): void {
  writeWithAudit(user, (tx, audit) => {
    const item = tx
      .select({ aspectId: integrityItems.aspectId })
      .from(integrityItems)
      .where(and(eq(integrityItems.id, input.id), liveIn(integrityItems, user)))
      .get();
    if (!item) throw new ActionError(notFoundMessage);
    const { before, after, order } = moveAmongSiblings(
      tx,
      integrityItems,
      { ...input, branchId: user.branchId },
      liveItems(item.aspectId),
      input.direction,
    );
    audit({
      action: 'integrity_item.move',
      entity: 'integrity_items',
      entityId: input.id,
      before,
      after: { ...after, order },
    });
  });
}

export function removeItem(user: SessionUser, input: { id: number; version: number }): void {
  writeWithAudit(user, (tx, audit) => {
    const { before, after } = updateVersioned(
      tx,
      integrityItems,
      { ...input, branchId: user.branchId },
      {
        deletedAt: nowIso(),
      },
    );
    if (before.deletedAt) throw new ActionError(notFoundMessage);
    audit({ action: 'integrity_item.remove', entity: 'integrity_items', entityId: input.id, before, after });
  });
}

/**
 * Starts `year`'s list as a copy of the year before's (aspects and items in their order), for the
 * committee to adjust. Only into a year that has no list yet.
 */
export function copyPreviousYearList(user: SessionUser, year: number): void {
  writeWithAudit(user, (tx, audit) => {
    const existing = tx.select({ id: integrityAspects.id }).from(integrityAspects).where(liveAspects(user, year)).get();
    if (existing) throw new ActionError(`${year}年已有责任清单，不能再复制；请在现有清单上修改`);
    const sources = tx
      .select({ id: integrityAspects.id, title: integrityAspects.title })
      .from(integrityAspects)
      .where(liveAspects(user, year - 1))
      .orderBy(asc(integrityAspects.sortOrder), asc(integrityAspects.id))
      .all();
    if (sources.length === 0) throw new ActionError(`${year - 1}年没有责任清单可复制`);
    const sourceItems = tx
      .select({
        aspectId: integrityItems.aspectId,
        content: integrityItems.content,
        responsible: integrityItems.responsible,
      })
      .from(integrityItems)
      .where(
        and(
          inArray(
            integrityItems.aspectId,
            sources.map((a) => a.id),
          ),
          live(integrityItems),
        ),
      )
      .orderBy(asc(integrityItems.sortOrder), asc(integrityItems.id))
      .all();

    const aspectIds: number[] = [];
    const itemIds: number[] = [];
    sources.forEach((source, sortOrder) => {
      const aspect = tx
        .insert(integrityAspects)
        .values({ branchId: user.branchId, year, title: source.title, sortOrder })
        .returning({ id: integrityAspects.id })
        .get();
      aspectIds.push(aspect.id);
      const items = sourceItems.filter((i) => i.aspectId === source.id);
      if (items.length === 0) return;
      const inserted = tx
        .insert(integrityItems)
        .values(
          items.map((i, index) => ({
            branchId: user.branchId,
            aspectId: aspect.id,
            content: i.content,
            responsible: i.responsible,
            sortOrder: index,
          })),
        )
        .returning({ id: integrityItems.id })
        .all();
      itemIds.push(...inserted.map((i) => i.id));
    });
    audit({
      action: 'integrity_list.copy',
      entity: 'integrity_aspects',
      after: { fromYear: year - 1, year, aspectIds, itemIds },
    });
  });
}
