/**
 * db/mutations/rectification.ts, called directly: registering a problem (its responsible person and
 * source meeting must be the branch's), the responsible member's evidence and completion, checking off,
 * reopening, and removing an evidence file — what is stored and audited, and who is refused. Over a new
 * branch with its own people and accounts.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf as refusal } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/rectification');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { attachments, rectificationItems } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { notFoundMessage } = await import('@/lib/errors');
const { todayIso } = await import('@/lib/clock');
type RectificationInput = import('@/lib/rectification/validation').RectificationInput;

const branch = fb.freshBranch('整改编辑测试支部');
const secretary = fb.addAccount(branch, 'secretary', fb.addPerson(branch.id, '书记', 'full').id);
const committee = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '支委', 'full').id);
const ownerPerson = fb.addPerson(branch.id, '责任人', 'full');
const owner = fb.addAccount(branch, 'member', ownerPerson.id);
const bystander = fb.addAccount(branch, 'member', fb.addPerson(branch.id, '旁人', 'full').id);
const other = fb.freshBranch('整改编辑测试另一支部');
const outsider = fb.addPerson(other.id, '外支部人员', 'full');
const foreignMeeting = fb.addMeeting(other.id, 'life_meeting', '2026-01-10', 'held');
const meeting = fb.addMeeting(branch.id, 'life_meeting', '2026-01-12', 'held', { topic: '组织生活会' });
const removedMeeting = fb.addMeeting(branch.id, 'life_meeting', '2026-01-13', 'held', {
  deletedAt: '2026-01-14T00:00:00.000Z',
});

const input = (overrides: Partial<RectificationInput> = {}): RectificationInput => ({
  aspect: '作风建设',
  problem: '调查研究不够深入',
  source: 'life_meeting',
  sourceMeetingId: null,
  sourceNote: null,
  measures: '每季度开展一次调研',
  responsiblePersonId: ownerPerson.id,
  foundDate: '2026-01-12',
  deadline: '2026-12-31',
  ...overrides,
});

const item = (id: number) => db.select().from(rectificationItems).where(eq(rectificationItems.id, id)).get()!;

describe('createRectification and updateRectification', () => {
  it('registers a problem with its source meeting, and audits it', async () => {
    const before = f.lastAuditId();
    const id = m.createRectification(committee, input({ sourceMeetingId: meeting.id }));
    expect(item(id)).toMatchObject({
      branchId: branch.id,
      aspect: '作风建设',
      sourceMeetingId: meeting.id,
      responsiblePersonId: ownerPerson.id,
      state: 'in_progress',
      createdBy: committee.accountId,
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['rectification.create', 'rectification_items', id],
    ]);
  });

  it('refuses a responsible person or a source meeting that is not the branch’s', () => {
    expect(refusal(() => m.createRectification(committee, input({ responsiblePersonId: outsider.id })))).toEqual({
      message: '责任人须为本支部人员',
      fieldErrors: { responsiblePersonId: ['请选择本支部的人员'] },
    });
    const wrongMeeting = { message: '所选会议不属于本支部', fieldErrors: { sourceMeetingId: ['请选择本支部的会议'] } };
    expect(refusal(() => m.createRectification(committee, input({ sourceMeetingId: foreignMeeting.id })))).toEqual(
      wrongMeeting,
    );
    expect(refusal(() => m.createRectification(committee, input({ sourceMeetingId: removedMeeting.id })))).toEqual(
      wrongMeeting,
    );
  });

  it('edits an item in progress, audited; a member may not edit one they are not responsible for', async () => {
    const id = m.createRectification(committee, input());
    const before = f.lastAuditId();
    m.updateRectification(secretary, { ...input({ measures: '每月开展一次调研' }), id, version: 1 });
    expect(item(id)).toMatchObject({ measures: '每月开展一次调研', version: 2 });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['rectification.update', 'rectification_items', id],
    ]);
    expect(refusal(() => m.updateRectification(bystander, { ...input(), id, version: 2 })).message).toBe(
      notFoundMessage,
    );
    expect(
      refusal(() =>
        m.updateRectification(secretary, { ...input({ sourceMeetingId: foreignMeeting.id }), id, version: 2 }),
      ).message,
    ).toBe('所选会议不属于本支部');
  });
});

describe('evidence, completion, check-off and reopening', () => {
  it('lets the responsible member save evidence, then complete the item, each audited', async () => {
    const id = m.createRectification(committee, input());
    const before = f.lastAuditId();
    expect(m.submitEvidence(owner, { id, version: 1, evidence: '已调研两次', complete: false })).toBe('saved');
    expect(item(id)).toMatchObject({ evidence: '已调研两次', state: 'in_progress', completedAt: null });
    expect(m.submitEvidence(owner, { id, version: 2, evidence: '已调研四次', complete: true })).toBe('completed');
    expect(item(id)).toMatchObject({
      evidence: '已调研四次',
      state: 'completed',
      completedAt: todayIso(),
      completedBy: owner.accountId,
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['rectification.evidence', 'rectification_items', id],
      ['rectification.complete', 'rectification_items', id],
    ]);
  });

  it('refuses completing without evidence, naming the field, and evidence from someone else', () => {
    const id = m.createRectification(committee, input());
    expect(refusal(() => m.submitEvidence(owner, { id, version: 1, evidence: null, complete: true }))).toEqual({
      message: '请先填写整改完成情况或上传佐证材料，再标记为已完成',
      fieldErrors: { evidence: ['请先填写整改完成情况或上传佐证材料，再标记为已完成'] },
    });
    expect(refusal(() => m.submitEvidence(bystander, { id, version: 1, evidence: 'x', complete: false })).message).toBe(
      notFoundMessage,
    );
    expect(item(id)).toMatchObject({ evidence: null, version: 1 });
  });

  it('lets another committee member check off a completed item, and the secretary reopen it with a reason', async () => {
    const id = m.createRectification(committee, input());
    m.submitEvidence(owner, { id, version: 1, evidence: '已完成', complete: true });
    const before = f.lastAuditId();
    m.checkOff(committee, { id, version: 2 });
    expect(item(id)).toMatchObject({
      state: 'checked_off',
      checkedOffAt: todayIso(),
      checkedOffBy: committee.accountId,
    });
    expect(refusal(() => m.submitEvidence(owner, { id, version: 3, evidence: '补充', complete: false })).message).toBe(
      '该事项已销号，整改情况不能再修改；如需修改，请由书记重新打开',
    );
    expect(refusal(() => m.reopen(secretary, { id, version: 3, reason: '  ' }))).toEqual({
      message: '重新打开须填写原因',
      fieldErrors: { reason: ['重新打开须填写原因'] },
    });
    m.reopen(secretary, { id, version: 3, reason: '佐证不足' });
    expect(item(id)).toMatchObject({
      state: 'in_progress',
      completedAt: null,
      completedBy: null,
      checkedOffAt: null,
      checkedOffBy: null,
      reopenReason: '佐证不足',
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['rectification.check_off', 'rectification_items', id],
      ['rectification.reopen', 'rectification_items', id],
    ]);
  });
});

describe('removeEvidenceFile', () => {
  it('removes a file of an item the user may act on, and refuses other files', () => {
    const id = m.createRectification(committee, input());
    const file = fb.addFileRow(branch.id, 'rectification_items', id);
    expect(refusal(() => m.removeEvidenceFile(bystander, file.id)).message).toBe(notFoundMessage);
    const meetingFile = fb.addFileRow(branch.id, 'meetings', meeting.id);
    expect(refusal(() => m.removeEvidenceFile(owner, meetingFile.id)).message).toBe(notFoundMessage);
    expect(refusal(() => m.removeEvidenceFile(owner, 987_654_321)).message).toBe(notFoundMessage);
    m.removeEvidenceFile(owner, file.id);
    expect(db.select().from(attachments).where(eq(attachments.id, file.id)).get()?.deletedAt).toEqual(
      expect.any(String),
    );
    expect(db.select().from(attachments).where(eq(attachments.id, meetingFile.id)).get()?.deletedAt).toBeNull();
  });
});
