/**
 * db/queries/integrity.ts: the year's 主体责任清单, commitment letters with their scans, and the
 * special meetings on clean government (linked, and still linkable). Over a new branch holding only
 * the records inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const q = await import('@/db/queries/integrity');
const fb = await import('@/tests/queries/fresh-branch');
const { commitmentLetters, integrityAspects, integrityItems, integrityMeetings } = await import('@/db/schema');

const branch = fb.freshBranch('廉政测试支部');
const user = fb.userOf(branch, 'secretary');
const other = fb.freshBranch('廉政测试另一支部');

const aspect = (
  branchId: number,
  year: number,
  title: string,
  values: Partial<typeof integrityAspects.$inferInsert> = {},
) =>
  db
    .insert(integrityAspects)
    .values({ branchId, year, title, ...values })
    .returning()
    .get();
const item = (
  a: { id: number; branchId: number },
  content: string,
  values: Partial<typeof integrityItems.$inferInsert> = {},
) =>
  db
    .insert(integrityItems)
    .values({ aspectId: a.id, branchId: a.branchId, content, responsible: '书记', ...values })
    .returning()
    .get();
const letter = (
  branchId: number,
  date: string,
  title: string,
  values: Partial<typeof commitmentLetters.$inferInsert> = {},
) =>
  db
    .insert(commitmentLetters)
    .values({ branchId, date, title, signer: '书记', counterpartKind: 'member', counterpart: '全体党员', ...values })
    .returning()
    .get();

// Aspects inserted out of order; a removed aspect, an aspect of another year and one of another branch.
const second = aspect(branch.id, 2026, '二、监督管理', { sortOrder: 2 });
const first = aspect(branch.id, 2026, '一、教育引导', { sortOrder: 1 });
aspect(branch.id, 2026, '已删除方面', { sortOrder: 0, deletedAt: '2026-02-01T00:00:00.000Z' });
const lastYear = aspect(branch.id, 2025, '去年的方面');
aspect(other.id, 2026, '外支部方面');
const itemB = item(first, '开展警示教育', { sortOrder: 2, responsible: '纪检委员' });
const itemA = item(first, '学习廉政法规', { sortOrder: 1 });
item(first, '已删除的事项', { sortOrder: 0, deletedAt: '2026-02-01T00:00:00.000Z' });
const itemC = item(second, '落实谈心谈话');
item(lastYear, '去年的事项');

describe('responsibilityList', () => {
  it('gives the year’s live aspects in order, each with its live items in order', () => {
    expect(q.responsibilityList(user, 2026)).toEqual([
      {
        id: first.id,
        version: 1,
        title: '一、教育引导',
        items: [
          { id: itemA.id, version: 1, aspectId: first.id, content: '学习廉政法规', responsible: '书记' },
          { id: itemB.id, version: 1, aspectId: first.id, content: '开展警示教育', responsible: '纪检委员' },
        ],
      },
      {
        id: second.id,
        version: 1,
        title: '二、监督管理',
        items: [{ id: itemC.id, version: 1, aspectId: second.id, content: '落实谈心谈话', responsible: '书记' }],
      },
    ]);
    expect(q.responsibilityList(user, 2025).map((a) => [a.title, a.items.map((i) => i.content)])).toEqual([
      ['去年的方面', ['去年的事项']],
    ]);
    expect(q.responsibilityList(user, 2024)).toEqual([]);
  });
});

describe('commitment letters', () => {
  const march = letter(branch.id, '2026-03-01', '三月承诺书', { counterpartKind: 'committee', counterpart: '支委' });
  const january = letter(branch.id, '2026-01-15', '一月承诺书');
  letter(branch.id, '2026-02-01', '已删除承诺书', { deletedAt: '2026-02-02T00:00:00.000Z' });
  letter(branch.id, '2025-12-31', '去年承诺书');
  const foreign = letter(other.id, '2026-01-01', '外支部承诺书');
  const scan1 = fb.addFileRow(branch.id, 'commitment_letters', march.id, { fileName: '扫描1.png' });
  const scan2 = fb.addFileRow(branch.id, 'commitment_letters', march.id, { fileName: '扫描2.png' });
  fb.addFileRow(branch.id, 'commitment_letters', march.id, {
    fileName: '删掉的.png',
    deletedAt: '2026-03-02T00:00:00.000Z',
  });
  fb.addFileRow(branch.id, 'meetings', january.id, { fileName: '别的记录.png' });

  it('lists the year’s live letters by date with how many scans each has', () => {
    expect(q.listCommitmentLetters(user, 2026)).toEqual([
      {
        id: january.id,
        version: 1,
        date: '2026-01-15',
        title: '一月承诺书',
        signer: '书记',
        counterpartKind: 'member',
        counterpart: '全体党员',
        scans: 0,
      },
      {
        id: march.id,
        version: 1,
        date: '2026-03-01',
        title: '三月承诺书',
        signer: '书记',
        counterpartKind: 'committee',
        counterpart: '支委',
        scans: 2,
      },
    ]);
    expect(q.listCommitmentLetters(user, 2025).map((l) => l.title)).toEqual(['去年承诺书']);
  });

  it('gives one letter with its live scans, and nothing for a removed or foreign one', () => {
    expect(q.getCommitmentLetter(user, march.id)).toEqual({
      id: march.id,
      version: 1,
      date: '2026-03-01',
      title: '三月承诺书',
      signer: '书记',
      counterpartKind: 'committee',
      counterpart: '支委',
      attachments: [
        { id: scan1.id, fileName: '扫描1.png', size: scan1.size },
        { id: scan2.id, fileName: '扫描2.png', size: scan2.size },
      ],
    });
    expect(q.getCommitmentLetter(user, january.id)?.attachments).toEqual([]);
    expect(q.getCommitmentLetter(user, foreign.id)).toBeNull();
    const removed = letter(branch.id, '2026-04-01', '将删除', { deletedAt: '2026-04-02T00:00:00.000Z' });
    expect(q.getCommitmentLetter(user, removed.id)).toBeNull();
  });
});

describe('special meetings on clean government', () => {
  const linkedLate = fb.addMeeting(branch.id, 'general', '2026-06-01', 'held', {
    topic: '廉政专题会',
    place: '会议室',
  });
  const linkedEarly = fb.addMeeting(branch.id, 'committee', '2026-02-01', 'held', { topic: '廉政支委会' });
  const unlinked = fb.addMeeting(branch.id, 'lecture', '2026-05-01', 'held', { topic: '廉政党课' });
  const unlinkedLater = fb.addMeeting(branch.id, 'theme_day', '2026-07-01', 'held', { topic: '主题党日' });
  const plannedLinked = fb.addMeeting(branch.id, 'general', '2026-12-20', 'planned', { topic: '计划中的会' });
  const removedLinked = fb.addMeeting(branch.id, 'general', '2026-03-01', 'held', {
    topic: '已删除的会',
    deletedAt: '2026-03-02T00:00:00.000Z',
  });
  fb.addMeeting(branch.id, 'general', '2026-03-05', 'cancelled', { topic: '取消的会' });
  const lastYearLinked = fb.addMeeting(branch.id, 'general', '2025-10-01', 'held', { topic: '去年的廉政会' });
  const links = [linkedLate, linkedEarly, plannedLinked, removedLinked, lastYearLinked].map((meeting) =>
    db.insert(integrityMeetings).values({ branchId: branch.id, meetingId: meeting.id }).returning().get(),
  );

  it('lists the year’s held, live linked meetings by date, with the link', () => {
    expect(q.listIntegrityMeetings(user, 2026)).toEqual([
      {
        linkId: links[1].id,
        meetingId: linkedEarly.id,
        date: '2026-02-01',
        kindName: '支委会',
        topic: '廉政支委会',
        place: null,
      },
      {
        linkId: links[0].id,
        meetingId: linkedLate.id,
        date: '2026-06-01',
        kindName: '支部党员大会',
        topic: '廉政专题会',
        place: '会议室',
      },
    ]);
    expect(q.listIntegrityMeetings(user, 2025).map((m) => m.meetingId)).toEqual([lastYearLinked.id]);
    expect(q.listIntegrityMeetings(fb.userOf(other, 'secretary'), 2026)).toEqual([]);
  });

  it('lists the year’s held, live meetings not linked yet, newest first', () => {
    expect(q.listLinkableMeetings(user, 2026)).toEqual([
      { meetingId: unlinkedLater.id, date: '2026-07-01', kindName: '主题党日', topic: '主题党日', place: null },
      { meetingId: unlinked.id, date: '2026-05-01', kindName: '党课', topic: '廉政党课', place: null },
    ]);
    expect(q.listLinkableMeetings(user, 2025)).toEqual([]);
  });
});
