/**
 * db/mutations/notices.ts, called directly: a 党务公开 item from proposal through review (with the
 * secrecy check), approval and publication, editing and its files only before review, withdrawal, and
 * a member's read receipt — what is stored and audited, and what is refused. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { refusalOf as refusal } from '@/tests/support/refused';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const m = await import('@/db/mutations/notices');
const settings = await import('@/db/mutations/branch-settings');
const fb = await import('@/tests/queries/fresh-branch');
const f = await import('@/tests/support/fixtures');
const { attachments, branches, noticeReads, notices } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { notFoundMessage } = await import('@/lib/errors');
const { todayIso } = await import('@/lib/clock');

const branch = fb.freshBranch('公开测试支部');
const secretary = fb.addAccount(branch, 'secretary', fb.addPerson(branch.id, '书记', 'full').id);
const committee = fb.addAccount(branch, 'committee', fb.addPerson(branch.id, '支委', 'full').id);
const memberPerson = fb.addPerson(branch.id, '党员', 'full');
const member = { ...fb.addAccount(branch, 'member', memberPerson.id), personId: memberPerson.id };
const other = fb.freshBranch('公开测试另一支部');
const otherSecretary = fb.addAccount(other, 'secretary');

const fields = { title: '发展对象公示', category: '发展党员', content: '拟确定某同志为发展对象' };
const notice = (id: number) => db.select().from(notices).where(eq(notices.id, id)).get()!;

describe('a notice from proposal to publication', () => {
  it('is proposed, edited, reviewed, approved and published by the right people, each step audited', async () => {
    const before = f.lastAuditId();
    const id = m.createNotice(committee, fields);
    expect(notice(id)).toMatchObject({
      ...fields,
      branchId: branch.id,
      state: 'proposed',
      proposedBy: committee.accountId,
      proposedAt: todayIso(),
    });
    m.updateNotice(committee, { ...fields, title: '发展对象公示（修改）', id, version: 1 });
    expect(notice(id)).toMatchObject({ title: '发展对象公示（修改）', version: 2 });
    m.advanceNotice(committee, 'review', { id, version: 2, secrecyChecked: true, reviewNote: '已核对' });
    expect(notice(id)).toMatchObject({
      state: 'reviewed',
      reviewedBy: committee.accountId,
      reviewedAt: todayIso(),
      secrecyChecked: true,
      reviewNote: '已核对',
    });
    m.advanceNotice(secretary, 'approve', { id, version: 3 });
    expect(notice(id)).toMatchObject({ state: 'approved', approvedBy: secretary.accountId, approvedAt: todayIso() });
    m.advanceNotice(secretary, 'publish', { id, version: 4 });
    expect(notice(id)).toMatchObject({ state: 'published', publishedAt: todayIso() });
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([
      ['notice.propose', 'notices', id],
      ['notice.update', 'notices', id],
      ['notice.review', 'notices', id],
      ['notice.approve', 'notices', id],
      ['notice.publish', 'notices', id],
    ]);
  });

  it('refuses a review without the secrecy check, a step out of order, and edits after review', () => {
    const id = m.createNotice(committee, fields);
    expect(refusal(() => m.advanceNotice(committee, 'review', { id, version: 1 }))).toEqual({
      message: '审核须确认已进行保密审查',
      fieldErrors: { secrecyChecked: ['审核须确认已进行保密审查'] },
    });
    expect(refusal(() => m.advanceNotice(secretary, 'approve', { id, version: 1 }))).toEqual({
      message: '该事项当前为“已提出”，不能审批',
      fieldErrors: undefined,
    });
    m.advanceNotice(committee, 'review', { id, version: 1, secrecyChecked: true });
    expect(notice(id).reviewNote).toBeNull();
    expect(refusal(() => m.updateNotice(committee, { ...fields, id, version: 2 })).message).toBe(
      '只有尚未审核的事项可以修改',
    );
    expect(refusal(() => m.updateNotice(otherSecretary, { ...fields, id, version: 2 })).message).toBe(notFoundMessage);
  });
});

describe('the branch’s four-eyes rule', () => {
  const strict = fb.freshBranch('四眼原则测试支部');
  const strictSecretary = fb.addAccount(strict, 'secretary', fb.addPerson(strict.id, '书记', 'full').id);
  const strictCommittee = fb.addAccount(strict, 'committee', fb.addPerson(strict.id, '支委', 'full').id);
  const branchRow = () => db.select().from(branches).where(eq(branches.id, strict.id)).get()!;

  it('is switched on by the secretary, versioned and audited', async () => {
    const before = f.lastAuditId();
    settings.setNoticeFourEyes(strictSecretary, { version: branchRow().version, noticeFourEyes: true });
    expect(branchRow().noticeFourEyes).toBe(true);
    expect((await f.auditEntriesAfter(before)).map((a) => a.action)).toEqual(['branch.set_notice_four_eyes']);
  });

  it('refuses the proposer as reviewer and as approver, writing nothing, and lets the others through', () => {
    const byCommittee = m.createNotice(strictCommittee, fields);
    const audit = f.lastAuditId();
    expect(
      refusal(() => m.advanceNotice(strictCommittee, 'review', { id: byCommittee, version: 1, secrecyChecked: true }))
        .message,
    ).toBe('本支部要求党务公开事项由提出人以外的人审核');
    expect(notice(byCommittee)).toMatchObject({ state: 'proposed', version: 1 });
    expect(f.lastAuditId()).toBe(audit);
    m.advanceNotice(strictSecretary, 'review', { id: byCommittee, version: 1, secrecyChecked: true });
    m.advanceNotice(strictSecretary, 'approve', { id: byCommittee, version: 2 });
    expect(notice(byCommittee).state).toBe('approved');

    const bySecretary = m.createNotice(strictSecretary, fields);
    m.advanceNotice(strictCommittee, 'review', { id: bySecretary, version: 1, secrecyChecked: true });
    expect(refusal(() => m.advanceNotice(strictSecretary, 'approve', { id: bySecretary, version: 2 })).message).toBe(
      '本支部要求党务公开事项由提出人以外的人审批',
    );
    expect(notice(bySecretary).state).toBe('reviewed');
  });

  it('leaves a branch without the rule as it was: the proposer may review their own item', () => {
    const id = m.createNotice(committee, fields);
    m.advanceNotice(committee, 'review', { id, version: 1, secrecyChecked: true });
    expect(notice(id).state).toBe('reviewed');
  });
});

describe('withdrawal and read receipts', () => {
  it('lets a proposer withdraw before publication, and only the secretary after', async () => {
    const early = m.createNotice(committee, fields);
    const before = f.lastAuditId();
    m.withdrawNotice(committee, { id: early, version: 1 });
    expect(notice(early).state).toBe('withdrawn');
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['notice.withdraw', 'notices', early]]);
    expect(refusal(() => m.withdrawNotice(committee, { id: early, version: 2 })).message).toBe('该事项已撤回');

    const published = m.createNotice(committee, fields);
    m.advanceNotice(committee, 'review', { id: published, version: 1, secrecyChecked: true });
    m.advanceNotice(secretary, 'approve', { id: published, version: 2 });
    m.advanceNotice(secretary, 'publish', { id: published, version: 3 });
    expect(refusal(() => m.withdrawNotice(committee, { id: published, version: 4 })).message).toBe(
      '已公开的事项只能由书记撤回',
    );
    m.withdrawNotice(secretary, { id: published, version: 4 });
    expect(notice(published).state).toBe('withdrawn');
  });

  it('records a member’s read once, audited once, and only of a published notice', async () => {
    const id = m.createNotice(committee, fields);
    expect(refusal(() => m.markNoticeRead(member, id)).message).toBe('该事项尚未公开');
    m.advanceNotice(committee, 'review', { id, version: 1, secrecyChecked: true });
    m.advanceNotice(secretary, 'approve', { id, version: 2 });
    m.advanceNotice(secretary, 'publish', { id, version: 3 });
    const before = f.lastAuditId();
    m.markNoticeRead(member, id);
    m.markNoticeRead(member, id);
    expect(db.select().from(noticeReads).where(eq(noticeReads.noticeId, id)).all()).toEqual([
      expect.objectContaining({ personId: memberPerson.id, branchId: branch.id, readAt: expect.any(String) }),
    ]);
    const audit = await f.auditEntriesAfter(before);
    expect(audit.map((a) => [a.action, a.entity, a.entityId])).toEqual([['notice.read', 'notices', id]]);
    expect(audit[0].after).toMatchObject({ personId: memberPerson.id });
    expect(refusal(() => m.markNoticeRead({ ...member, branchId: other.id }, id)).message).toBe(notFoundMessage);
  });
});

describe('removeNoticeFile', () => {
  it('removes a file of a notice not yet reviewed, and refuses other files', () => {
    const id = m.createNotice(committee, fields);
    const file = fb.addFileRow(branch.id, 'notices', id);
    const foreignKind = fb.addFileRow(branch.id, 'meetings', id);
    expect(refusal(() => m.removeNoticeFile(committee, foreignKind.id)).message).toBe(notFoundMessage);
    expect(refusal(() => m.removeNoticeFile(otherSecretary, file.id)).message).toBe(notFoundMessage);
    m.removeNoticeFile(committee, file.id);
    expect(db.select().from(attachments).where(eq(attachments.id, file.id)).get()?.deletedAt).toEqual(
      expect.any(String),
    );

    const reviewed = m.createNotice(committee, fields);
    const kept = fb.addFileRow(branch.id, 'notices', reviewed);
    m.advanceNotice(committee, 'review', { id: reviewed, version: 1, secrecyChecked: true });
    expect(refusal(() => m.removeNoticeFile(committee, kept.id)).message).toBe('只有尚未审核的事项可以修改');
    expect(db.select().from(attachments).where(eq(attachments.id, kept.id)).get()?.deletedAt).toBeNull();
  });
});
