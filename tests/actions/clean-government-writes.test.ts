/**
 * The smaller writers, called directly over a new branch: special meetings on clean government
 * (db/mutations/integrity-meetings.ts), commitment letters (commitment-letters.ts), talks (talks.ts)
 * and work outputs with their categories (work-outputs.ts) — what is stored, what is audited under which
 * action and entity, and what is refused.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const im = await import('@/db/mutations/integrity-meetings');
const cl = await import('@/db/mutations/commitment-letters');
const tk = await import('@/db/mutations/talks');
const wo = await import('@/db/mutations/work-outputs');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const s = await import('@/db/schema');
const { and, eq, max } = await import('drizzle-orm');
const { notFoundMessage } = await import('@/lib/errors');

const branch = fb.freshBranch('廉政编辑测试支部');
const a = fb.addPerson(branch.id, '甲', 'full');
const b = fb.addPerson(branch.id, '乙', 'full');
const secretary = fb.addAccount(branch, 'secretary', a.id);
const other = fb.freshBranch('廉政编辑测试另一支部');
const outsider = fb.addPerson(other.id, '外支部人员', 'full');
const otherSecretary = fb.addAccount(other, 'secretary');

const refusal = (run: () => unknown) => refusalOf(run, { conflicts: false });

const lastAudit = async (before: number) =>
  (await f.auditEntriesAfter(before)).map((x) => [x.action, x.entity, x.entityId]);

describe('special meetings on clean government', () => {
  it('links a held meeting once and unlinks it, each audited, the meeting untouched', async () => {
    const meeting = fb.addMeeting(branch.id, 'general', '2026-05-01', 'held', { topic: '廉政专题' });
    const before = f.lastAuditId();
    const link = im.linkMeeting(secretary, meeting.id);
    expect(db.select().from(s.integrityMeetings).where(eq(s.integrityMeetings.id, link)).get()).toMatchObject({
      branchId: branch.id,
      meetingId: meeting.id,
    });
    expect(refusal(() => im.linkMeeting(secretary, meeting.id))).toEqual({
      message: '该会议已关联为党风廉政专题会议',
      fieldErrors: { meetingId: ['该会议已关联'] },
    });
    expect(refusal(() => im.unlinkMeeting(otherSecretary, link)).message).toBe(notFoundMessage);
    im.unlinkMeeting(secretary, link);
    expect(db.select().from(s.integrityMeetings).where(eq(s.integrityMeetings.id, link)).get()).toBeUndefined();
    expect(await lastAudit(before)).toEqual([
      ['integrity_meeting.link', 'integrity_meetings', link],
      ['integrity_meeting.unlink', 'integrity_meetings', link],
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit[0].after).toMatchObject({
      meetingId: meeting.id,
      topic: '廉政专题',
      status: 'held',
      date: '2026-05-01',
    });
    expect(db.select().from(s.meetings).where(eq(s.meetings.id, meeting.id)).get()?.deletedAt).toBeNull();
  });

  it('refuses a planned, removed or foreign meeting', () => {
    const planned = fb.addMeeting(branch.id, 'general', '2026-12-20', 'planned');
    expect(refusal(() => im.linkMeeting(secretary, planned.id))).toEqual({
      message: '只能关联已召开的会议',
      fieldErrors: { meetingId: ['请选择已召开的会议'] },
    });
    const removed = fb.addMeeting(branch.id, 'general', '2026-03-01', 'held', {
      deletedAt: '2026-03-02T00:00:00.000Z',
    });
    expect(refusal(() => im.linkMeeting(secretary, removed.id)).message).toBe(notFoundMessage);
    const foreign = fb.addMeeting(other.id, 'general', '2026-03-01', 'held');
    expect(refusal(() => im.linkMeeting(secretary, foreign.id)).message).toBe(notFoundMessage);
  });
});

describe('commitment letters', () => {
  const letter = {
    date: '2026-02-01',
    title: '承诺书',
    signer: '书记',
    counterpartKind: '股室' as const,
    counterpart: '综合股',
  };

  it('registers, edits and removes a letter, each audited; a removed letter cannot change again', async () => {
    const before = f.lastAuditId();
    const id = cl.createLetter(secretary, letter);
    cl.updateLetter(secretary, { ...letter, counterpart: '统计股', id, version: 1 });
    expect(db.select().from(s.commitmentLetters).where(eq(s.commitmentLetters.id, id)).get()).toMatchObject({
      branchId: branch.id,
      counterpart: '统计股',
      version: 2,
    });
    cl.removeLetter(secretary, { id, version: 2 });
    expect(await lastAudit(before)).toEqual([
      ['commitment_letter.create', 'commitment_letters', id],
      ['commitment_letter.update', 'commitment_letters', id],
      ['commitment_letter.remove', 'commitment_letters', id],
    ]);
    expect(refusal(() => cl.removeLetter(secretary, { id, version: 3 })).message).toBe(notFoundMessage);
    expect(refusal(() => cl.updateLetter(secretary, { ...letter, id, version: 3 })).message).toBe(notFoundMessage);
  });
});

describe('talks', () => {
  const talk = (initiatorId: number, partnerId: number) => ({
    date: '2026-03-01',
    kind: 'committee_member' as const,
    initiatorId,
    partnerId,
    note: '谈心',
  });

  it('records a talk between two people of the branch and removes it softly, each audited', async () => {
    const before = f.lastAuditId();
    const id = tk.createTalk(secretary, talk(a.id, b.id));
    expect(db.select().from(s.talks).where(eq(s.talks.id, id)).get()).toMatchObject({
      branchId: branch.id,
      initiatorId: a.id,
      partnerId: b.id,
      recordedBy: secretary.accountId,
    });
    tk.removeTalk(secretary, { id, version: 1 });
    expect(await lastAudit(before)).toEqual([
      ['talk.create', 'talks', id],
      ['talk.remove', 'talks', id],
    ]);
    expect(refusal(() => tk.removeTalk(secretary, { id, version: 2 })).message).toBe(notFoundMessage);
  });

  it('refuses a talk with someone outside the branch', () => {
    expect(refusal(() => tk.createTalk(secretary, talk(a.id, outsider.id))).message).toBe('谈话双方须为本支部人员');
  });
});

describe('work outputs and their categories', () => {
  const lastOrder = () =>
    db
      .select({ n: max(s.workOutputCategories.sortOrder) })
      .from(s.workOutputCategories)
      .where(eq(s.workOutputCategories.branchId, branch.id))
      .get()!.n!;
  const category = (id: number) =>
    db.select().from(s.workOutputCategories).where(eq(s.workOutputCategories.id, id)).get()!;

  it('adds a category after the others, renames it, archives and restores it, each audited', async () => {
    const order = lastOrder();
    const before = f.lastAuditId();
    const id = wo.createCategory(secretary, { name: '工作简讯', unit: '期' });
    expect(category(id)).toMatchObject({ branchId: branch.id, name: '工作简讯', unit: '期', sortOrder: order + 1 });
    wo.updateCategory(secretary, { name: '工作简讯', unit: '篇', id, version: 1 });
    wo.setCategoryArchived(secretary, { id, version: 2, archived: true });
    expect(category(id).archivedAt).toEqual(expect.any(String));
    expect(refusal(() => wo.setCategoryArchived(secretary, { id, version: 3, archived: true })).message).toBe(
      '该类别已归档',
    );
    wo.setCategoryArchived(secretary, { id, version: 3, archived: false });
    expect(refusal(() => wo.setCategoryArchived(secretary, { id, version: 4, archived: false })).message).toBe(
      '该类别未归档',
    );
    expect(await lastAudit(before)).toEqual([
      ['work_output_category.create', 'work_output_categories', id],
      ['work_output_category.update', 'work_output_categories', id],
      ['work_output_category.archive', 'work_output_categories', id],
      ['work_output_category.restore', 'work_output_categories', id],
    ]);
  });

  it('refuses a category name in use, saying when the other one is archived', () => {
    const id = wo.createCategory(secretary, { name: '旧类别', unit: '篇' });
    expect(refusal(() => wo.createCategory(secretary, { name: '旧类别', unit: '期' }))).toEqual({
      message: '已有同名的类别',
      fieldErrors: { name: ['已有同名的类别'] },
    });
    wo.setCategoryArchived(secretary, { id, version: 1, archived: true });
    expect(refusal(() => wo.createCategory(secretary, { name: '旧类别', unit: '期' }))).toEqual({
      message: '已有同名的类别（已归档），可在归档类别中恢复',
      fieldErrors: { name: ['已有同名的类别（已归档），可在归档类别中恢复'] },
    });
    const other2 = wo.createCategory(secretary, { name: '另一个类别', unit: '篇' });
    expect(
      refusal(() => wo.updateCategory(secretary, { name: '旧类别', unit: '篇', id: other2, version: 1 })).message,
    ).toBe('已有同名的类别（已归档），可在归档类别中恢复');
    wo.updateCategory(secretary, { name: '另一个类别', unit: '份', id: other2, version: 1 });
    expect(category(other2).unit).toBe('份');
  });

  it('starts a branch’s first category at 0', () => {
    const bare = db
      .insert(s.branches)
      .values({ organisationId: branch.organisationId, name: '无类别支部' })
      .returning()
      .get();
    const user = fb.userOf(
      { id: bare.id, name: bare.name, organisationId: bare.organisationId },
      'secretary',
      null,
      secretary.accountId,
    );
    expect(category(wo.createCategory(user, { name: '第一个', unit: '篇' })).sortOrder).toBe(0);
  });

  it('records an output in an open category of the branch, audited', async () => {
    const open = db
      .select()
      .from(s.workOutputCategories)
      .where(and(eq(s.workOutputCategories.branchId, branch.id), eq(s.workOutputCategories.name, '调研报告')))
      .get()!;
    const before = f.lastAuditId();
    const id = wo.createOutput(secretary, {
      date: '2026-03-01',
      categoryId: open.id,
      title: '分析',
      quantity: 2,
      note: null,
    });
    expect(db.select().from(s.workOutputs).where(eq(s.workOutputs.id, id)).get()).toMatchObject({
      branchId: branch.id,
      categoryId: open.id,
      recordedBy: secretary.accountId,
    });
    expect(await lastAudit(before)).toEqual([['work_output.create', 'work_outputs', id]]);
    const foreign = db
      .select()
      .from(s.workOutputCategories)
      .where(eq(s.workOutputCategories.branchId, other.id))
      .get()!;
    expect(
      refusal(() =>
        wo.createOutput(secretary, { date: '2026-03-01', categoryId: foreign.id, title: 'x', quantity: 1, note: null }),
      ),
    ).toEqual({
      message: '请选择本支部在用的成果类别',
      fieldErrors: { categoryId: ['请选择类别'] },
    });
  });
});
