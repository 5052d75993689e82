/**
 * Clean government through its server actions: the responsibility list (aspects, items, order, copy
 * from last year), commitment letters with their scans, linked special meetings, and the year counts
 * the duty report reads.
 */
import { and, asc, eq, inArray, isNull, like, or } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/integrity/actions');
const letterActions = await import('@/app/(app)/integrity/letters/actions');
const { integrityCountsForYear } = await import('@/db/report/totals/integrity');
const { listLinkableMeetings, responsibilityList } = await import('@/db/queries/integrity');
const { mayReadAttachment } = await import('@/db/queries/attachment-readers');
const { notFoundMessage } = await import('@/lib/errors');
const { todayIso } = await import('@/lib/clock');
const {
  attachments,
  auditLog,
  commitmentLetters,
  integrityAspects,
  integrityItems,
  integrityMeetings,
  meetings,
  talks,
} = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');

m.useTempUploadsDir();

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);
const thisYear = Number(todayIso().slice(0, 4));

const idsWhere = (rows: { id: number }[]) => rows.map((r) => r.id);

function aspectsOf(branchId: number, year: number) {
  return db
    .select()
    .from(integrityAspects)
    .where(
      and(eq(integrityAspects.branchId, branchId), eq(integrityAspects.year, year), isNull(integrityAspects.deletedAt)),
    )
    .orderBy(asc(integrityAspects.sortOrder))
    .all();
}

function itemsOf(aspectId: number) {
  return db
    .select()
    .from(integrityItems)
    .where(and(eq(integrityItems.aspectId, aspectId), isNull(integrityItems.deletedAt)))
    .orderBy(asc(integrityItems.sortOrder))
    .all();
}

function heldMeetingIn(year: number, topic: string) {
  return db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.branchId, statisticsId),
        eq(meetings.status, 'held'),
        like(meetings.topic, topic),
        like(meetings.date, `${year}-%`),
      ),
    )
    .orderBy(asc(meetings.date))
    .get()!;
}

describe('integrityCountsForYear', () => {
  it('counts the seeded 2023 and gives the records behind each figure', () => {
    const counts = integrityCountsForYear({ branchId: statisticsId }, 2023);

    const aspects = aspectsOf(statisticsId, 2023);
    expect(counts.aspects).toEqual({ count: 4, ids: idsWhere(aspects).sort((a, b) => a - b) });
    const items = db
      .select({ id: integrityItems.id })
      .from(integrityItems)
      .where(inArray(integrityItems.aspectId, idsWhere(aspects)))
      .all();
    expect(counts.items).toEqual({ count: 15, ids: idsWhere(items).sort((a, b) => a - b) });

    const letters = db
      .select()
      .from(commitmentLetters)
      .where(and(eq(commitmentLetters.branchId, statisticsId), like(commitmentLetters.date, '2023-%')))
      .all();
    expect(counts.letters).toMatchObject({ count: 12, counterparts: 7, ids: idsWhere(letters) });
    expect(counts.letters.byKind).toEqual([
      {
        kind: '分管领域负责人',
        count: 2,
        counterparts: 2,
        ids: idsWhere(letters.filter((l) => l.counterpartKind === '分管领域负责人')),
      },
      { kind: '股室', count: 10, counterparts: 5, ids: idsWhere(letters.filter((l) => l.counterpartKind === '股室')) },
    ]);

    const integrityTalks = db
      .select({ id: talks.id })
      .from(talks)
      .where(and(eq(talks.branchId, statisticsId), eq(talks.kind, 'integrity'), like(talks.date, '2023-%')))
      .all();
    expect(integrityTalks.length).toBeGreaterThan(0);
    expect(counts.talks).toEqual({ count: integrityTalks.length, ids: idsWhere(integrityTalks) });

    const onTopic = db
      .select({ id: meetings.id })
      .from(meetings)
      .where(
        and(
          eq(meetings.branchId, statisticsId),
          like(meetings.date, '2023-%'),
          or(like(meetings.topic, '%廉%'), like(meetings.topic, '%从严治党%')),
        ),
      )
      .orderBy(asc(meetings.id))
      .all();
    expect(counts.meetings).toEqual({ count: 3, ids: idsWhere(onTopic) });
  });

  it('gives zeros with no ids for a branch or a year without records', () => {
    const empty = { count: 0, ids: [] };
    for (const counts of [
      integrityCountsForYear({ branchId: financeId }, 2023),
      integrityCountsForYear({ branchId: statisticsId }, 2022),
    ]) {
      expect(counts).toEqual({
        aspects: empty,
        items: empty,
        letters: { ...empty, counterparts: 0, byKind: [] },
        talks: empty,
        meetings: empty,
      });
    }
  });

  it('leaves out what was removed: items, the items of a removed aspect, letters, and meetings removed from the meeting records', async () => {
    await signInAs('zuzhi');
    const before = integrityCountsForYear({ branchId: statisticsId }, 2024);
    const [first, second] = aspectsOf(statisticsId, 2024);
    const [item] = itemsOf(first.id);
    expect(await callAction(actions.removeIntegrityItem, { id: item.id, version: item.version })).toMatchObject({
      ok: true,
    });
    expect(await callAction(actions.removeIntegrityAspect, { id: second.id, version: second.version })).toMatchObject({
      ok: true,
    });
    const letter = db.select().from(commitmentLetters).where(like(commitmentLetters.date, '2024-%')).get()!;
    expect(await callAction(letterActions.removeCommitmentLetter, { id: letter.id, version: letter.version })).toEqual({
      redirected: '/integrity?removed=letter#letters',
    });
    const linkedMeeting = m.meetingById(before.meetings.ids[0]);
    db.update(meetings).set({ deletedAt: new Date().toISOString() }).where(eq(meetings.id, linkedMeeting.id)).run();

    const after = integrityCountsForYear({ branchId: statisticsId }, 2024);
    expect(after.aspects.count).toBe(before.aspects.count - 1);
    // The removed item, and the four items of the removed aspect.
    expect(after.items.count).toBe(before.items.count - 1 - 4);
    expect(after.items.ids).not.toContain(item.id);
    expect(after.letters.count).toBe(before.letters.count - 1);
    expect(after.letters.ids).not.toContain(letter.id);
    expect(after.meetings.ids).toEqual(before.meetings.ids.slice(1));
    // Soft deletes: the rows are still there.
    expect(db.select().from(integrityItems).where(eq(integrityItems.aspectId, second.id)).all()).toHaveLength(4);
    expect(
      db
        .select()
        .from(integrityItems)
        .where(eq(integrityItems.aspectId, second.id))
        .all()
        .every((i) => i.deletedAt),
    ).toBe(true);
  });
});

describe('the responsibility list', () => {
  it('adds an aspect at the end of the year and an item under it, each with an audit entry', async () => {
    await signInAs('zuzhi');
    const auditBefore = f.lastAuditId();
    expect(await callAction(actions.createIntegrityAspect, { year: 2025, title: '  强化监督执纪  ' })).toEqual({
      ok: true,
      message: '已添加方面',
      data: undefined,
    });
    const aspect = aspectsOf(statisticsId, 2025).at(-1)!;
    expect(aspect).toMatchObject({ title: '强化监督执纪', sortOrder: 5 });
    expect(
      await callAction(actions.createIntegrityItem, {
        aspectId: aspect.id,
        content: '每季度开展一次廉政风险排查',
        responsible: '纪检委员',
      }),
    ).toMatchObject({ ok: true });
    expect(itemsOf(aspect.id)).toMatchObject([
      { content: '每季度开展一次廉政风险排查', responsible: '纪检委员', sortOrder: 0, branchId: statisticsId },
    ]);
    const audit = await f.auditEntriesAfter(auditBefore);
    expect(audit.map((a) => a.action)).toEqual(['integrity_aspect.create', 'integrity_item.create']);
  });

  it('refuses a blank title or responsible, and a second aspect of the same name, writing nothing', async () => {
    await signInAs('zuzhi');
    const blank = await expectRefusedWithNothingWritten(db, actions.createIntegrityAspect, {
      year: 2025,
      title: '   ',
    });
    expect(blank.fieldErrors?.title).toEqual(['请填写方面名称']);
    const [aspect] = aspectsOf(statisticsId, 2025);
    const duplicate = await expectRefusedWithNothingWritten(db, actions.createIntegrityAspect, {
      year: 2025,
      title: aspect.title,
    });
    expect(duplicate.error).toBe('本年度清单中已有同名的方面');
    const noResponsible = await expectRefusedWithNothingWritten(db, actions.createIntegrityItem, {
      aspectId: aspect.id,
      content: '内容',
      responsible: '',
    });
    expect(noResponsible.fieldErrors?.responsible).toEqual(['请填写责任人']);
    const badYear = await expectRefusedWithNothingWritten(db, actions.createIntegrityAspect, {
      year: 2019,
      title: '新方面',
    });
    expect(badYear.fieldErrors?.year).toBeDefined();
  });

  it('edits an item only from the version it was read at', async () => {
    await signInAs('zuzhi');
    const [aspect] = aspectsOf(statisticsId, 2025);
    const [item] = itemsOf(aspect.id);
    const payload = { id: item.id, version: item.version, content: `${item.content}（修订）`, responsible: '党组书记' };
    expect(await callAction(actions.updateIntegrityItem, payload)).toMatchObject({ ok: true });
    expect(itemsOf(aspect.id)[0]).toMatchObject({
      content: payload.content,
      responsible: '党组书记',
      version: item.version + 1,
    });
    const stale = await expectRefusedWithNothingWritten(db, actions.updateIntegrityItem, {
      ...payload,
      responsible: '别人',
    });
    expect(stale.conflict).toBe(true);
  });

  it('moves items and aspects one place, renumbering their siblings, and refuses to move past either end', async () => {
    await signInAs('shuji');
    const [aspect] = aspectsOf(statisticsId, 2023);
    const [a, b, c, d] = itemsOf(aspect.id);
    expect(
      await callAction(actions.moveIntegrityItem, { id: c.id, version: c.version, direction: 'up' }),
    ).toMatchObject({ ok: true });
    expect(itemsOf(aspect.id).map((i) => [i.id, i.sortOrder])).toEqual([
      [a.id, 0],
      [c.id, 1],
      [b.id, 2],
      [d.id, 3],
    ]);
    const first = itemsOf(aspect.id)[0];
    const refused = await expectRefusedWithNothingWritten(db, actions.moveIntegrityItem, {
      id: first.id,
      version: first.version,
      direction: 'up',
    });
    expect(refused.error).toBe('已在最前面，无法上移');

    const aspects = aspectsOf(statisticsId, 2023);
    const last = aspects.at(-1)!;
    expect(
      await callAction(actions.moveIntegrityAspect, { id: last.id, version: last.version, direction: 'up' }),
    ).toMatchObject({ ok: true });
    expect(aspectsOf(statisticsId, 2023).map((x) => x.id)).toEqual(
      [...aspects.slice(0, -2), last, aspects.at(-2)!].map((x) => x.id),
    );
    expect(responsibilityList(await signInAs('shuji'), 2023).map((x) => x.id)).toEqual(
      aspectsOf(statisticsId, 2023).map((x) => x.id),
    );
  });

  it('copies last year’s list into a year without one, in its order, and only once', async () => {
    await signInAs('shuji');
    expect(aspectsOf(statisticsId, thisYear)).toEqual([]);
    const source = responsibilityList(await signInAs('shuji'), thisYear - 1);
    const result = await callAction(actions.copyPreviousIntegrityList, { year: thisYear });
    const _itemCount = source.reduce((n, a) => n + a.items.length, 0);
    expect(result).toEqual({ redirected: '/integrity?copied=1' });
    const copied = responsibilityList(await signInAs('shuji'), thisYear);
    const shape = (list: typeof source) => list.map((a) => [a.title, a.items.map((i) => [i.content, i.responsible])]);
    expect(shape(copied)).toEqual(shape(source));
    expect(copied[0].id).not.toBe(source[0].id);

    const again = await expectRefusedWithNothingWritten(db, actions.copyPreviousIntegrityList, { year: thisYear });
    expect(again.error).toBe(`${thisYear}年已有责任清单，不能再复制；请在现有清单上修改`);
    const nothing = await expectRefusedWithNothingWritten(db, actions.copyPreviousIntegrityList, { year: 2022 });
    expect(nothing.error).toBe('2021年没有责任清单可复制');
  });

  it('never touches another branch’s list', async () => {
    await signInAs('caizheng');
    const [aspect] = aspectsOf(statisticsId, 2023);
    const rename = await expectRefusedWithNothingWritten(db, actions.renameIntegrityAspect, {
      id: aspect.id,
      version: aspect.version,
      title: '改名',
    });
    expect(rename.error).toBe(notFoundMessage);
    const add = await expectRefusedWithNothingWritten(db, actions.createIntegrityItem, {
      aspectId: aspect.id,
      content: '内容',
      responsible: '书记',
    });
    expect(add.error).toBe(notFoundMessage);
  });
});

describe('commitment letters', () => {
  const letterPayload = (overrides: Record<string, unknown> = {}) => ({
    date: '2025-03-10',
    title: '党风廉政建设责任承诺书',
    signer: '党组书记、局长 孟庆华',
    counterpartKind: '股室',
    counterpart: '普查中心',
    ...overrides,
  });

  it('registers a letter, counted under its kind of counterpart', async () => {
    await signInAs('zuzhi');
    const before = integrityCountsForYear({ branchId: statisticsId }, 2025);
    expect(await callAction(letterActions.createCommitmentLetter, letterPayload())).toMatchObject({
      ok: true,
      message: '承诺书已登记',
    });
    const after = integrityCountsForYear({ branchId: statisticsId }, 2025);
    expect(after.letters.count).toBe(before.letters.count + 1);
    expect(after.letters.byKind.find((k) => k.kind === '股室')).toMatchObject({ count: 11, counterparts: 6 });
  });

  it('refuses an unknown kind of counterpart and a date in the future, writing nothing', async () => {
    await signInAs('zuzhi');
    const kind = await expectRefusedWithNothingWritten(
      db,
      letterActions.createCommitmentLetter,
      letterPayload({ counterpartKind: '亲戚' }),
    );
    expect(kind.fieldErrors?.counterpartKind).toEqual(['请选择签订对象类别']);
    const future = await expectRefusedWithNothingWritten(
      db,
      letterActions.createCommitmentLetter,
      letterPayload({ date: m.isoDaysFromToday(1) }),
    );
    expect(future.fieldErrors?.date).toEqual(['签订日期不能晚于今天']);
  });

  it('edits a letter from its version and keeps its scan readable by whoever may read the area', async () => {
    const zuzhi = await signInAs('zuzhi');
    const letter = db.select().from(commitmentLetters).where(eq(commitmentLetters.counterpart, '普查中心')).get()!;
    expect(
      await callAction(letterActions.updateCommitmentLetter, {
        ...letterPayload({ counterpart: '普查中心（含专项调查组）' }),
        id: letter.id,
        version: letter.version,
      }),
    ).toMatchObject({ ok: true });
    const stale = await expectRefusedWithNothingWritten(db, letterActions.updateCommitmentLetter, {
      ...letterPayload(),
      id: letter.id,
      version: letter.version,
    });
    expect(stale.conflict).toBe(true);

    expect(
      await callAction(letterActions.uploadCommitmentLetterScan, {
        letterId: letter.id,
        file: m.pngFile('承诺书.png'),
      }),
    ).toMatchObject({ ok: true });
    const scan = db
      .select()
      .from(attachments)
      .where(and(eq(attachments.entity, 'commitment_letters'), eq(attachments.entityId, letter.id)))
      .get()!;
    expect(mayReadAttachment(zuzhi, scan.entity, scan.entityId)).toBe(true);
    expect(mayReadAttachment(await signInAs('dangwei'), scan.entity, scan.entityId)).toBe(true);
    expect(mayReadAttachment(await signInAs('dangyuan'), scan.entity, scan.entityId)).toBe(false);

    await signInAs('zuzhi');
    expect(await callAction(letterActions.removeCommitmentLetterScan, { id: scan.id })).toMatchObject({ ok: true });
    expect(db.select().from(attachments).where(eq(attachments.id, scan.id)).get()!.deletedAt).not.toBeNull();
  });
});

describe('special meetings', () => {
  it('links a held meeting of the year, once, and unlinks it without touching the meeting', async () => {
    const zuzhi = await signInAs('zuzhi');
    const meeting = heldMeetingIn(2023, '%纪律处分条例%');
    expect(listLinkableMeetings(zuzhi, 2023).map((x) => x.meetingId)).toContain(meeting.id);
    const before = integrityCountsForYear({ branchId: statisticsId }, 2023).meetings;

    expect(await callAction(actions.linkIntegrityMeeting, { meetingId: meeting.id })).toMatchObject({ ok: true });
    const linked = integrityCountsForYear({ branchId: statisticsId }, 2023).meetings;
    expect(linked.count).toBe(before.count + 1);
    expect(linked.ids).toContain(meeting.id);
    expect(listLinkableMeetings(zuzhi, 2023).map((x) => x.meetingId)).not.toContain(meeting.id);

    const twice = await expectRefusedWithNothingWritten(db, actions.linkIntegrityMeeting, { meetingId: meeting.id });
    expect(twice.error).toBe('该会议已关联为党风廉政专题会议');

    const link = db.select().from(integrityMeetings).where(eq(integrityMeetings.meetingId, meeting.id)).get()!;
    const auditBefore = f.lastAuditId();
    expect(await callAction(actions.unlinkIntegrityMeeting, { id: link.id })).toMatchObject({ ok: true });
    expect(integrityCountsForYear({ branchId: statisticsId }, 2023).meetings).toEqual(before);
    expect(m.meetingById(meeting.id)).toEqual(meeting);
    const [entry] = await f.auditEntriesAfter(auditBefore);
    expect(entry).toMatchObject({
      action: 'integrity_meeting.unlink',
      entity: 'integrity_meetings',
      entityId: link.id,
    });
    expect(db.select().from(auditLog).where(eq(auditLog.id, entry.id)).get()!.before).toMatchObject({
      meetingId: meeting.id,
    });
  });

  it('refuses a planned meeting and another branch’s meeting', async () => {
    await signInAs('zuzhi');
    const planned = m.insertMeeting(statisticsId, { topic: '计划中的廉政专题会' });
    const notHeld = await expectRefusedWithNothingWritten(db, actions.linkIntegrityMeeting, { meetingId: planned.id });
    expect(notHeld.error).toBe('只能关联已召开的会议');
    const elsewhere = m.insertMeeting(financeId, { status: 'held', date: '2025-05-05', topic: '财政局廉政会议' });
    expect(
      (await expectRefusedWithNothingWritten(db, actions.linkIntegrityMeeting, { meetingId: elsewhere.id })).error,
    ).toBe(notFoundMessage);
  });
});
