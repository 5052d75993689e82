/**
 * db/mutations/integrity-list.ts, called directly: the year's 主体责任清单 — aspects (named once per
 * year, renamed, moved, removed with their items), items (edited, moved, removed) and the copy of last
 * year's list — with what each audits and what it refuses. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/integrity-list');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { integrityAspects, integrityItems } = await import('@/db/schema');
const { and, asc, eq, isNull } = await import('drizzle-orm');
const { ConflictError, notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('责任清单测试支部');
const secretary = fb.addAccount(branch, 'secretary');
const other = fb.freshBranch('责任清单测试另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');

const aspect = (id: number) => db.select().from(integrityAspects).where(eq(integrityAspects.id, id)).get()!;
const item = (id: number) => db.select().from(integrityItems).where(eq(integrityItems.id, id)).get()!;
const liveTitles = (branchId: number, year: number) =>
  db
    .select({ title: integrityAspects.title })
    .from(integrityAspects)
    .where(
      and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt)),
    )
    .orderBy(asc(integrityAspects.sortOrder), asc(integrityAspects.id))
    .all()
    .map((r) => r.title);
const liveItemsOf = (aspectId: number) =>
  db
    .select()
    .from(integrityItems)
    .where(and(eq(integrityItems.aspectId, aspectId), isNull(integrityItems.deletedAt)))
    .orderBy(asc(integrityItems.sortOrder), asc(integrityItems.id))
    .all();

const refusal = (run: () => unknown) => refusalOf(run, { conflicts: false });

let year = 2050;

describe('aspects', () => {
  it('adds aspects at the end of the year’s list, each audited', async () => {
    const y = year++;
    const before = f.lastAuditId();
    const first = m.createAspect(secretary, { year: y, title: '一、教育' });
    const second = m.createAspect(secretary, { year: y, title: '二、监督' });
    expect([aspect(first).sortOrder, aspect(second).sortOrder]).toEqual([0, 1]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['integrity_aspect.create', 'integrity_aspects', first],
      ['integrity_aspect.create', 'integrity_aspects', second],
    ]);
  });

  it('refuses a second aspect of the same name in a year, but not in another year or after removal', () => {
    const y = year++;
    const id = m.createAspect(secretary, { year: y, title: '重名' });
    expect(refusal(() => m.createAspect(secretary, { year: y, title: '重名' }))).toEqual({
      message: '本年度清单中已有同名的方面',
      fieldErrors: { title: ['已有同名的方面'] },
    });
    m.createAspect(secretary, { year: y + 100, title: '重名' });
    m.removeAspect(secretary, { id, version: 1 });
    m.createAspect(secretary, { year: y, title: '重名' });
    expect(liveTitles(branch.id, y)).toEqual(['重名']);
  });

  it('renames an aspect, keeping its own name allowed and another’s refused, and audits it', async () => {
    const y = year++;
    const a = m.createAspect(secretary, { year: y, title: '原名' });
    m.createAspect(secretary, { year: y, title: '别的方面' });
    const before = f.lastAuditId();
    m.renameAspect(secretary, { id: a, version: 1, title: '原名' });
    m.renameAspect(secretary, { id: a, version: 2, title: '新名' });
    expect(aspect(a)).toMatchObject({ title: '新名', version: 3 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId])).toEqual([
      ['integrity_aspect.rename', 'integrity_aspects', a],
      ['integrity_aspect.rename', 'integrity_aspects', a],
    ]);
    expect(audit[1].before).toMatchObject({ title: '原名' });
    expect(audit[1].after).toMatchObject({ title: '新名' });
    expect(refusal(() => m.renameAspect(secretary, { id: a, version: 3, title: '别的方面' })).message).toBe(
      '本年度清单中已有同名的方面',
    );
    expect(refusal(() => m.renameAspect(otherSecretary, { id: a, version: 3, title: 'x' })).message).toBe(
      notFoundMessage,
    );
    expect(() => m.renameAspect(secretary, { id: a, version: 1, title: '过期' })).toThrow(ConflictError);
  });

  it('moves an aspect among the year’s aspects and audits the new order', async () => {
    const y = year++;
    const a = m.createAspect(secretary, { year: y, title: 'A' });
    const b = m.createAspect(secretary, { year: y, title: 'B' });
    const before = f.lastAuditId();
    m.moveAspect(secretary, { id: b, version: 1, direction: 'up' });
    expect(liveTitles(branch.id, y)).toEqual(['B', 'A']);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId])).toEqual([
      ['integrity_aspect.move', 'integrity_aspects', b],
    ]);
    expect(audit[0].after).toMatchObject({ sortOrder: 0, order: [b, a] });
  });

  it('removes an aspect with its live items, auditing which items went with it', async () => {
    const y = year++;
    const a = m.createAspect(secretary, { year: y, title: '将删除' });
    const i1 = m.createItem(secretary, { aspectId: a, content: '事项一', responsible: '书记' });
    const i2 = m.createItem(secretary, { aspectId: a, content: '事项二', responsible: '委员' });
    m.removeItem(secretary, { id: i2, version: 1 });
    const i2Version = item(i2).version;
    const empty = m.createAspect(secretary, { year: y, title: '空方面' });
    const before = f.lastAuditId();
    m.removeAspect(secretary, { id: a, version: 1 });
    expect(aspect(a).deletedAt).toEqual(expect.any(String));
    expect(item(i1)).toMatchObject({ deletedAt: aspect(a).deletedAt, version: 2 });
    expect(item(i2).version).toBe(i2Version);
    m.removeAspect(secretary, { id: empty, version: 1 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId])).toEqual([
      ['integrity_aspect.remove', 'integrity_aspects', a],
      ['integrity_aspect.remove', 'integrity_aspects', empty],
    ]);
    expect(audit[0].after).toMatchObject({ removedItemIds: [i1] });
    expect(audit[1].after).toMatchObject({ removedItemIds: [] });
    expect(liveTitles(branch.id, y)).toEqual([]);
    expect(refusal(() => m.removeAspect(secretary, { id: a, version: 2 })).message).toBe(notFoundMessage);
    expect(refusal(() => m.createItem(secretary, { aspectId: a, content: 'x', responsible: 'y' })).message).toBe(
      notFoundMessage,
    );
  });
});

describe('items', () => {
  it('adds items at the end of their aspect, edits and moves them, each audited', async () => {
    const a = m.createAspect(secretary, { year: year++, title: '事项测试' });
    const before = f.lastAuditId();
    const first = m.createItem(secretary, { aspectId: a, content: '第一', responsible: '书记' });
    const second = m.createItem(secretary, { aspectId: a, content: '第二', responsible: '委员' });
    expect([item(first).sortOrder, item(second).sortOrder]).toEqual([0, 1]);
    m.updateItem(secretary, { id: first, version: 1, content: '第一（改）', responsible: '副书记' });
    expect(item(first)).toMatchObject({ content: '第一（改）', responsible: '副书记', version: 2 });
    m.moveItem(secretary, { id: second, version: 1, direction: 'up' });
    expect(liveItemsOf(a).map((i) => i.content)).toEqual(['第二', '第一（改）']);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId])).toEqual([
      ['integrity_item.create', 'integrity_items', first],
      ['integrity_item.create', 'integrity_items', second],
      ['integrity_item.update', 'integrity_items', first],
      ['integrity_item.move', 'integrity_items', second],
    ]);
    expect(audit[2].before).toMatchObject({ content: '第一' });
    expect(audit[3].after).toMatchObject({ order: [second, first] });
  });

  it('removes an item softly, after which it can be neither edited, moved nor removed', async () => {
    const a = m.createAspect(secretary, { year: year++, title: '删除事项' });
    const i = m.createItem(secretary, { aspectId: a, content: '事项', responsible: '书记' });
    m.createItem(secretary, { aspectId: a, content: '另一事项', responsible: '书记' });
    const before = f.lastAuditId();
    m.removeItem(secretary, { id: i, version: 1 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity, x.entityId])).toEqual([
      ['integrity_item.remove', 'integrity_items', i],
    ]);
    expect(item(i).deletedAt).toEqual(expect.any(String));
    expect(refusal(() => m.updateItem(secretary, { id: i, version: 2, content: 'x', responsible: 'y' })).message).toBe(
      notFoundMessage,
    );
    expect(refusal(() => m.moveItem(secretary, { id: i, version: 2, direction: 'down' })).message).toBe(
      notFoundMessage,
    );
    expect(refusal(() => m.removeItem(secretary, { id: i, version: 2 })).message).toBe(notFoundMessage);
    expect(item(i)).toMatchObject({ content: '事项', version: 2 });
    expect(
      refusal(() => m.moveItem(otherSecretary, { id: liveItemsOf(a)[0].id, version: 1, direction: 'down' })).message,
    ).toBe(notFoundMessage);
  });
});

describe('copyPreviousYearList', () => {
  it('copies last year’s live aspects and items in their order, and audits what it created', async () => {
    const from = year++;
    const to = from + 1;
    year++;
    const b = m.createAspect(secretary, { year: from, title: '乙方面' });
    const a = m.createAspect(secretary, { year: from, title: '甲方面' });
    m.moveAspect(secretary, { id: a, version: 1, direction: 'up' });
    const removed = m.createAspect(secretary, { year: from, title: '已删方面' });
    m.removeAspect(secretary, { id: removed, version: 1 });
    m.createItem(secretary, { aspectId: a, content: '甲一', responsible: '书记' });
    const a2 = m.createItem(secretary, { aspectId: a, content: '甲二', responsible: '委员' });
    const gone = m.createItem(secretary, { aspectId: a, content: '已删事项', responsible: '委员' });
    m.removeItem(secretary, { id: gone, version: 1 });
    m.moveItem(secretary, { id: a2, version: 1, direction: 'up' });

    const before = f.lastAuditId();
    m.copyPreviousYearList(secretary, to);
    expect(liveTitles(branch.id, to)).toEqual(['甲方面', '乙方面']);
    const copied = db
      .select()
      .from(integrityAspects)
      .where(and(eq(integrityAspects.branchId, branch.id), eq(integrityAspects.year, to)))
      .orderBy(asc(integrityAspects.sortOrder))
      .all();
    expect(liveItemsOf(copied[0].id).map((i) => [i.content, i.responsible, i.sortOrder, i.branchId])).toEqual([
      ['甲二', '委员', 0, branch.id],
      ['甲一', '书记', 1, branch.id],
    ]);
    expect(liveItemsOf(copied[1].id)).toEqual([]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((x) => [x.action, x.entity])).toEqual([['integrity_list.copy', 'integrity_aspects']]);
    expect(audit[0].after).toEqual({
      fromYear: from,
      year: to,
      aspectIds: copied.map((c) => c.id),
      itemIds: liveItemsOf(copied[0].id)
        .map((i) => i.id)
        .sort((x, y) => x - y),
    });
    expect(b).toBeGreaterThan(0);

    expect(refusal(() => m.copyPreviousYearList(secretary, to)).message).toBe(
      `${to}年已有责任清单，不能再复制；请在现有清单上修改`,
    );
    expect(refusal(() => m.copyPreviousYearList(otherSecretary, to)).message).toBe(`${from}年没有责任清单可复制`);
  });
});
