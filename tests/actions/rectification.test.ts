/**
 * Rectification and 党务公开 through their server actions and queries, over the seeded demo (today is
 * the machine's date; the demo's records run up to it).
 */
import { describe, expect, it, vi } from 'vitest';
import { type AnyAction, callAction } from '@/tests/support/call-action';
import { signInAs } from '@/tests/support/session';
import { rowCount, setupTestDatabase, tableChecksum } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/rectification/actions');
const noticeActions = await import('@/app/(app)/notices/actions');
const queries = await import('@/db/queries/rectification');
const noticeQueries = await import('@/db/queries/notices');
const { rectificationCountsForYear } = await import('@/db/report/totals/rectification');
const { countFigures } = await import('@/db/report/figures/compute');
const { noticeCategories } = await import('@/lib/rectification/model');
const { mayReadAttachment } = await import('@/db/queries/attachment-readers');
const { recordHistory } = await import('@/db/queries/audit-history');
const { forbiddenMessage } = await import('@/server/actions/define-action');
const { notFoundMessage } = await import('@/lib/errors');
const { isCarriedOver, isOverdue } = await import('@/lib/rectification/rules');
const { todayIso } = await import('@/lib/clock');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');
const r = await import('@/tests/support/rectification');

const uploadsDir = m.useTempUploadsDir();
const statisticsId = f.branchIdOf(f.statisticsBranchName);
const today = todayIso();
const thisYear = Number(today.slice(0, 4));

const wang = f.personNamed('王海燕');
const liu = f.personNamed('刘建军');
const li = f.personNamed('李娜');

async function expectRefusedWithNothingWritten(action: AnyAction, payload: unknown) {
  const before = tableChecksum(db);
  const files = m.filesUnder(uploadsDir);
  const result = await callAction(action, payload);
  expect(result).toMatchObject({ ok: false });
  expect(tableChecksum(db)).toEqual(before);
  expect(m.filesUnder(uploadsDir)).toEqual(files);
  return result as { ok: false; error: string; fieldErrors?: Record<string, string[]> };
}

describe('year counts for the report', () => {
  it('gives the 2023 theme education as three aspects and four problems, all completed and checked off', async () => {
    const counts = rectificationCountsForYear(await signInAs('shuji'), 2023);
    expect(counts.found.count).toBe(4);
    expect(counts.found.byAspect.map((a) => [a.aspect, a.count])).toEqual([
      ['服务群众方面', 1],
      ['服务企业发展方面', 2],
      ['专业学习和业务指导方面', 1],
    ]);
    expect(counts.completed.ids).toEqual(counts.found.ids);
    expect(counts.checkedOff.ids).toEqual(counts.found.ids);
    expect(counts.carriedOver).toEqual({ count: 0, ids: [] });
  });

  it('carries last year’s open problems into this year, agreeing with the rule on every listed item', async () => {
    const user = await signInAs('shuji');
    for (const year of [2024, 2025, thisYear]) {
      const counts = rectificationCountsForYear(user, year);
      const listed = queries.listRectificationItems(user, year, today);
      expect(counts.carriedOver.ids, `${year}`).toEqual(listed.filter((i) => isCarriedOver(i, year)).map((i) => i.id));
      expect(counts.found.ids, `${year}`).toEqual(
        listed.filter((i) => i.foundDate.startsWith(`${year}`)).map((i) => i.id),
      );
      expect(counts.found.byAspect.reduce((sum, a) => sum + a.count, 0)).toBe(counts.found.count);
    }
    const carried = rectificationCountsForYear(user, thisYear).carriedOver.ids.map(r.itemById);
    expect(carried.map((i) => i.responsiblePersonId).sort()).toEqual([wang.id, liu.id].sort());
    expect(rectificationCountsForYear(user, 2025).carriedOver.count).toBe(2);
  });

  it('counts open, overdue and due-this-month items now, for the branch and for one person', async () => {
    const user = await signInAs('shuji');
    const counts = queries.openRectificationCounts(user, today);
    const open = queries.listRectificationItems(user, thisYear, today).filter((i) => i.state !== 'checked_off');
    expect(counts.open).toBe(open.length);
    expect(counts.overdue).toBe(open.filter((i) => isOverdue(i, today)).length);
    expect(counts.overdue).toBeGreaterThanOrEqual(1);
    expect(queries.openRectificationCounts(user, today, wang.id)).toMatchObject({ open: 1, overdue: 0 });
  });
});

describe('the state machine through the actions', () => {
  it('lets the responsible member save evidence and complete, then a different committee member check off', async () => {
    const item = r.insertItem(statisticsId, wang.id);
    await signInAs('dangyuan');
    expect(
      await callAction(actions.submitRectificationEvidence, {
        id: item.id,
        version: 1,
        evidence: '已制定帮带计划',
        complete: '',
      }),
    ).toMatchObject({ ok: true, message: '整改情况已保存' });
    expect(
      await callAction(actions.submitRectificationEvidence, {
        id: item.id,
        version: 2,
        evidence: '已制定帮带计划并完成首轮培训',
        complete: 'on',
      }),
    ).toMatchObject({ ok: true });
    const completed = r.itemById(item.id);
    expect(completed).toMatchObject({
      state: 'completed',
      completedAt: today,
      completedBy: f.accountNamed('dangyuan').id,
      version: 3,
    });

    const zuzhi = await signInAs('zuzhi');
    expect(queries.listAwaitingCheckOff(zuzhi).find((i) => i.id === item.id)).toMatchObject({
      completedByName: '王海燕',
      attachmentCount: 0,
    });
    const before = f.lastAuditId();
    expect(await callAction(actions.checkOffRectification, { id: item.id, version: 3 })).toMatchObject({
      ok: true,
      message: '已对账销号',
    });
    expect(r.itemById(item.id)).toMatchObject({
      state: 'checked_off',
      checkedOffAt: today,
      checkedOffBy: f.accountNamed('zuzhi').id,
    });
    const audit = await f.auditEntriesAfter(before);
    expect(audit).toMatchObject([
      { action: 'rectification.check_off', entity: 'rectification_items', entityId: item.id },
    ]);
    expect(audit[0].before).toMatchObject({ state: 'completed' });
    expect(audit[0].after).toMatchObject({ state: 'checked_off' });
    expect(queries.getRectificationItem(zuzhi, item.id)).toMatchObject({
      completedByName: '王海燕',
      checkedOffByName: '李娜',
    });
    expect(recordHistory(zuzhi, 'rectification_items', item.id).map((e) => [e.action, e.actorName])).toEqual([
      ['rectification.evidence', '王海燕'],
      ['rectification.complete', '王海燕'],
      ['rectification.check_off', '李娜'],
    ]);

    await signInAs('dangyuan');
    const late = await expectRefusedWithNothingWritten(actions.submitRectificationEvidence, {
      id: item.id,
      version: 4,
      evidence: '补充',
      complete: '',
    });
    expect(late.error).toContain('已销号');
  });

  it('refuses completion without evidence, on the evidence field', async () => {
    const item = r.insertItem(statisticsId, wang.id);
    await signInAs('dangyuan');
    const result = await expectRefusedWithNothingWritten(actions.submitRectificationEvidence, {
      id: item.id,
      version: 1,
      evidence: '   ',
      complete: 'on',
    });
    expect(result.fieldErrors?.evidence?.[0]).toContain('整改完成情况');
  });

  it('refuses the responsible person’s own check-off, and the check-off of whoever marked it completed', async () => {
    const own = r.insertCompletedItem(statisticsId, li.id, f.accountNamed('dangyuan').id);
    await signInAs('zuzhi');
    expect(
      (await expectRefusedWithNothingWritten(actions.checkOffRectification, { id: own.id, version: 1 })).error,
    ).toContain('责任人不能为自己负责的事项销号');

    const onBehalf = r.insertCompletedItem(statisticsId, liu.id, f.accountNamed('zuzhi').id);
    expect(
      (await expectRefusedWithNothingWritten(actions.checkOffRectification, { id: onBehalf.id, version: 1 })).error,
    ).toContain('标记完成的人');
    await signInAs('shuji');
    expect(await callAction(actions.checkOffRectification, { id: onBehalf.id, version: 1 })).toMatchObject({
      ok: true,
    });
  });

  it('refuses a check-off of an item still in progress', async () => {
    const item = r.insertItem(statisticsId, liu.id, { evidence: '有文字但未标记完成' });
    await signInAs('zuzhi');
    expect(
      (await expectRefusedWithNothingWritten(actions.checkOffRectification, { id: item.id, version: 1 })).error,
    ).toContain('尚未完成');
  });

  it('lets only the secretary reopen, only with a reason, and the item goes back to 整改中 with the reason kept', async () => {
    const item = r.insertItem(statisticsId, liu.id, {
      state: 'checked_off',
      evidence: '已整改',
      completedAt: today,
      checkedOffAt: today,
    });
    await signInAs('zuzhi');
    expect(
      await expectRefusedWithNothingWritten(actions.reopenRectification, {
        id: item.id,
        version: 1,
        reason: '复查发现反弹',
      }),
    ).toEqual({ ok: false, error: forbiddenMessage });
    await signInAs('shuji');
    const blank = await expectRefusedWithNothingWritten(actions.reopenRectification, {
      id: item.id,
      version: 1,
      reason: '  ',
    });
    expect(blank.fieldErrors?.reason).toBeDefined();
    expect(
      await callAction(actions.reopenRectification, { id: item.id, version: 1, reason: '复查发现反弹' }),
    ).toMatchObject({ ok: true });
    expect(r.itemById(item.id)).toMatchObject({
      state: 'in_progress',
      completedAt: null,
      checkedOffAt: null,
      checkedOffBy: null,
      reopenReason: '复查发现反弹',
      version: 2,
    });
  });

  it('edits only while 整改中, with the version read', async () => {
    await signInAs('zuzhi');
    const created = await callAction(actions.createRectification, r.itemPayload(liu.id, { problem: '编辑测试问题' }));
    const id = Number((created as { redirected: string }).redirected.match(/^\/rectification\/(\d+)\?saved=1$/)![1]);
    expect(r.itemById(id)).toMatchObject({
      problem: '编辑测试问题',
      createdBy: f.accountNamed('zuzhi').id,
      state: 'in_progress',
    });

    const stale = await expectRefusedWithNothingWritten(actions.updateRectification, {
      ...r.itemPayload(liu.id),
      id,
      version: 9,
    });
    expect(stale).toMatchObject({ conflict: true });
    expect(
      await callAction(actions.updateRectification, {
        ...r.itemPayload(liu.id, { deadline: '2099-09-30' }),
        id,
        version: 1,
      }),
    ).toEqual({ redirected: `/rectification/${id}?saved=1` });

    const completed = r.insertCompletedItem(statisticsId, liu.id);
    expect(
      (
        await expectRefusedWithNothingWritten(actions.updateRectification, {
          ...r.itemPayload(liu.id),
          id: completed.id,
          version: 1,
        })
      ).error,
    ).toContain('重新打开');
  });

  it('refuses a deadline before the day the problem was found, and a responsible person of another branch', async () => {
    await signInAs('zuzhi');
    const early = await expectRefusedWithNothingWritten(
      actions.createRectification,
      r.itemPayload(liu.id, { foundDate: '2026-03-01', deadline: '2026-02-01' }),
    );
    expect(early.fieldErrors?.deadline).toEqual(['整改时限不能早于查摆日期']);
    const foreign = await expectRefusedWithNothingWritten(
      actions.createRectification,
      r.itemPayload(f.personNamed('乔振宇').id),
    );
    expect(foreign.fieldErrors?.responsiblePersonId).toBeDefined();
  });
});

describe('a member', () => {
  it('sees and touches only the items they are responsible for', async () => {
    const mine = r.insertItem(statisticsId, wang.id);
    const others = r.insertItem(statisticsId, liu.id);
    const member = await signInAs('dangyuan');
    expect(queries.listMyRectificationItems(member).every((i) => i.responsiblePersonId === wang.id)).toBe(true);
    expect(queries.getRectificationItem(member, mine.id)).not.toBeNull();
    expect(queries.getRectificationItem(member, others.id)).toBeNull();

    for (const [action, payload] of [
      [actions.submitRectificationEvidence, { id: others.id, version: 1, evidence: '冒充', complete: 'on' }],
      [actions.uploadRectificationEvidence, { itemId: others.id, file: m.pngFile() }],
    ] as const) {
      expect(await expectRefusedWithNothingWritten(action, payload)).toEqual({ ok: false, error: notFoundMessage });
    }
    for (const action of [actions.checkOffRectification, actions.createRectification, actions.updateRectification]) {
      expect(await callAction(action, { id: mine.id, version: 1 })).toEqual({ ok: false, error: forbiddenMessage });
    }
  });

  it('uploads evidence files to their own item, which they and the committee may read but other members not', async () => {
    const mine = r.insertItem(statisticsId, wang.id);
    const member = await signInAs('dangyuan');
    const filesBefore = rowCount(db, 'attachments');
    expect(
      await callAction(actions.uploadRectificationEvidence, { itemId: mine.id, file: m.pngFile('培训签到表.png') }),
    ).toMatchObject({ ok: true });
    expect(rowCount(db, 'attachments')).toBe(filesBefore + 1);
    expect(mayReadAttachment(member, 'rectification_items', mine.id)).toBe(true);
    expect(mayReadAttachment(member, 'rectification_items', r.insertItem(statisticsId, liu.id).id)).toBe(false);
    expect(mayReadAttachment(await signInAs('dangwei'), 'rectification_items', mine.id)).toBe(true);
    // A file is evidence: completion goes through without text.
    await signInAs('dangyuan');
    expect(
      await callAction(actions.submitRectificationEvidence, { id: mine.id, version: 1, evidence: '', complete: 'on' }),
    ).toMatchObject({ ok: true });
  });
});

describe('党务公开', () => {
  it('goes 提出 → 审核 (secrecy check required) → 审批 → 公开; a member reads it once; the secretary sees the read', async () => {
    await signInAs('zuzhi');
    const proposed = await callAction(noticeActions.proposeNotice, {
      title: '测试公开：党费收缴情况',
      category: '党费收缴',
      content: '全部按时交纳。',
    });
    const id = Number((proposed as { redirected: string }).redirected.match(/^\/notices\/(\d+)/)![1]);
    expect(r.noticeById(id)).toMatchObject({
      state: 'proposed',
      proposedAt: today,
      proposedBy: f.accountNamed('zuzhi').id,
    });

    const member = await signInAs('dangyuan');
    expect(noticeQueries.getNotice(member, id)).toBeNull();
    expect(noticeQueries.listNotices(member).map((n) => n.id)).not.toContain(id);
    expect(await expectRefusedWithNothingWritten(noticeActions.markNoticeRead, { id })).toMatchObject({
      error: '该事项尚未公开',
    });

    await signInAs('zuzhi');
    const unchecked = await expectRefusedWithNothingWritten(noticeActions.reviewNotice, {
      id,
      version: 1,
      reviewNote: '',
    });
    expect(unchecked.fieldErrors?.secrecyChecked).toEqual(['审核须确认已进行保密审查']);
    expect(
      await callAction(noticeActions.reviewNotice, { id, version: 1, secrecyChecked: 'on', reviewNote: '不涉密' }),
    ).toMatchObject({ ok: true });
    expect(await callAction(noticeActions.approveNotice, { id, version: 2 })).toEqual({
      ok: false,
      error: forbiddenMessage,
    });
    expect(
      (
        await expectRefusedWithNothingWritten(noticeActions.updateNotice, {
          id,
          version: 2,
          title: '改',
          category: '其他',
          content: '改',
        })
      ).error,
    ).toContain('尚未审核');

    await signInAs('shuji');
    expect((await expectRefusedWithNothingWritten(noticeActions.publishNotice, { id, version: 2 })).error).toContain(
      '不能公开',
    );
    expect(await callAction(noticeActions.approveNotice, { id, version: 2 })).toMatchObject({ ok: true });
    expect(await callAction(noticeActions.publishNotice, { id, version: 3 })).toMatchObject({ ok: true });
    expect(r.noticeById(id)).toMatchObject({
      state: 'published',
      secrecyChecked: true,
      reviewNote: '不涉密',
      publishedAt: today,
    });

    await signInAs('dangyuan');
    expect(noticeQueries.listNotices(member)[0]).toMatchObject({ id, readAt: null });
    expect(await callAction(noticeActions.markNoticeRead, { id })).toMatchObject({ ok: true });
    expect(noticeQueries.listNotices(member)[0].readAt).toEqual(expect.any(String));
    expect(noticeQueries.getNotice(member, id)).toMatchObject({
      readAt: expect.any(String),
      proposedByName: '李娜',
      approvedByName: '孟庆华',
    });
    const reads = rowCount(db, 'notice_reads');
    const audit = f.lastAuditId();
    expect(await callAction(noticeActions.markNoticeRead, { id })).toMatchObject({ ok: true });
    expect(rowCount(db, 'notice_reads')).toBe(reads);
    expect(f.lastAuditId()).toBe(audit);

    const secretary = await signInAs('shuji');
    expect(noticeQueries.listNoticeReaders(secretary, id)).toMatchObject([{ name: '王海燕' }]);
    expect(countFigures(secretary, thisYear, ['notices']).get('notices')).toMatchObject({
      ids: expect.arrayContaining([id]),
    });
  });

  it('counts a year of published items', async () => {
    const byCategory = noticeCategories.map((category) => `notices:category=${category}`);
    const counts = countFigures(await signInAs('shuji'), 2023, ['notices', ...byCategory]);
    expect(counts.get('notices')).toMatchObject({ value: 12 });
    expect(byCategory.reduce((sum, key) => sum + (counts.get(key) as { value: number }).value, 0)).toBe(12);
  });

  it('lets only the secretary withdraw a published item', async () => {
    const notice = r.insertNotice(statisticsId, 'published');
    await signInAs('zuzhi');
    expect(
      (await expectRefusedWithNothingWritten(noticeActions.withdrawNotice, { id: notice.id, version: 1 })).error,
    ).toContain('书记');
    await signInAs('shuji');
    expect(await callAction(noticeActions.withdrawNotice, { id: notice.id, version: 1 })).toMatchObject({ ok: true });
    expect(r.noticeById(notice.id).state).toBe('withdrawn');
  });

  it('refuses a read receipt to an account that is no person of the branch', async () => {
    const notice = r.insertNotice(statisticsId, 'published');
    await signInAs('dangwei');
    expect(await expectRefusedWithNothingWritten(noticeActions.markNoticeRead, { id: notice.id })).toEqual({
      ok: false,
      error: forbiddenMessage,
    });
  });
});
