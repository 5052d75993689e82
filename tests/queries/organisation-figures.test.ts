/**
 * The report's organisational-life figures (db/report/figures/sources/{meetings,talks,development,notices}.ts through
 * computeFigures): held meetings by kind, place, lecturer and measure; talks by kind; development
 * steps; published notices — with their labels and units, and the explanation for a token that names
 * no such figure. Over a new branch whose records are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');

const branch = fb.freshBranch('组织生活数字测试支部');
const secretary = fb.addPerson(branch.id, '书记', 'full', { committeeTitle: '书记' });
const member = fb.addPerson(branch.id, '党员', 'full');

const lectureBySecretary = fb.addMeeting(branch.id, 'lecture', '2026-03-01', 'held', {
  lecturerId: secretary.id,
  placeTags: ['红色教育基地', '党员活动室'],
  seminarMaterials: 3,
});
const lectureByMember = fb.addMeeting(branch.id, 'lecture', '2026-09-01', 'held', {
  lecturerId: member.id,
  placeTags: ['党员活动室'],
  exchangeArticles: 2,
});
const themeDay = fb.addMeeting(branch.id, 'theme_day', '2026-05-01', 'held', {
  placeTags: ['红色教育基地'],
  seminarMaterials: 0,
  exchangeArticles: 4,
});
fb.addMeeting(branch.id, 'lecture', '2026-10-01', 'planned', { lecturerId: secretary.id });
fb.addMeeting(branch.id, 'lecture', '2025-10-01', 'held', { lecturerId: secretary.id });
const ownKind = db
  .insert(s.meetingKinds)
  .values({ branchId: branch.id, name: '读书会', attendeeScope: 'members' })
  .returning()
  .get();
const reading = db
  .insert(s.meetings)
  .values({ branchId: branch.id, kindId: ownKind.id, date: '2026-06-01', status: 'held', topic: '读书' })
  .returning()
  .get();

const talk = (date: string, kind: (typeof s.talks.$inferInsert)['kind']) =>
  db
    .insert(s.talks)
    .values({ branchId: branch.id, date, kind, initiatorId: secretary.id, partnerId: member.id })
    .returning()
    .get();
const t1 = talk('2026-02-01', 'committee_member');
const t2 = talk('2026-07-01', 'member_member');
const t3 = talk('2026-08-01', 'integrity');

const applicant = fb.addPerson(branch.id, '申请人', 'activist');
fb.addDevelopment(branch.id, applicant.id, [
  ['application', '2026-01-10'],
  ['first_talk', '2026-02-01'],
  ['activist_confirmed', '2026-08-01'],
]);

const notice = (publishedAt: string | null, category: string) =>
  db
    .insert(s.notices)
    .values({
      branchId: branch.id,
      title: `${category}公示`,
      content: '内容',
      category,
      state: publishedAt ? 'published' : 'proposed',
      proposedAt: '2026-01-01',
      publishedAt,
    })
    .returning()
    .get();
const n1 = notice('2026-03-01', '发展党员');
const n2 = notice('2026-04-01', '党费收缴');
notice(null, '发展党员');

function summary(key: string) {
  const f = computeFigures({ branchId: branch.id }, 2026, [key]).get(key)!;
  if ('problem' in f) return f;
  return { label: f.label, unit: f.unit, value: f.value, ids: f.records.map((r) => r.id) };
}

describe('meeting figures', () => {
  it('counts the year’s held meetings, of a kind or all of them', () => {
    expect(summary('meetings:kind=lecture')).toEqual({
      label: '党课 次数',
      unit: '次',
      value: 2,
      ids: [lectureBySecretary.id, lectureByMember.id],
    });
    expect(summary(`meetings:kind=${ownKind.id}`)).toEqual({
      label: '读书会 次数',
      unit: '次',
      value: 1,
      ids: [reading.id],
    });
    expect(summary('meetings')).toMatchObject({ label: '各类会议和活动 次数', value: 4 });
  });

  it('narrows to a kind of place and to lectures given by the secretary', () => {
    expect(summary('meetings:place=红色教育基地')).toEqual({
      label: '各类会议和活动（红色教育基地） 次数',
      unit: '次',
      value: 2,
      ids: [lectureBySecretary.id, themeDay.id],
    });
    expect(summary('meetings:kind=lecture,lecturer=secretary')).toEqual({
      label: '党课（书记讲授） 次数',
      unit: '次',
      value: 1,
      ids: [lectureBySecretary.id],
    });
    expect(summary('meetings:kind=lecture,lecturer=secretary,place=党员活动室')).toMatchObject({
      label: '党课（党员活动室，书记讲授） 次数',
      value: 1,
    });
  });

  it('sums seminar materials and exchange articles of the meetings that have any', () => {
    expect(summary('meetings:measure=materials')).toEqual({
      label: '各类会议和活动 研讨材料',
      unit: '篇',
      value: 3,
      ids: [lectureBySecretary.id],
    });
    expect(summary('meetings:measure=articles')).toEqual({
      label: '各类会议和活动 交流体会',
      unit: '篇',
      value: 6,
      ids: [themeDay.id, lectureByMember.id],
    });
    expect(summary('meetings:measure=count')).toMatchObject({ label: '各类会议和活动 次数', value: 4 });
  });

  it('lists the meetings of a kind by topic and place, and names each record', () => {
    const result = computeFigures({ branchId: branch.id }, 2026, [
      'list.meetings:kind=lecture',
      'meetings:kind=theme_day',
      'talks',
    ]);
    expect(result.get('list.meetings:kind=lecture')).toMatchObject({
      label: '党课清单',
      unit: '项',
      value: 2,
      text: '“2026-03-01 lecture”、“2026-09-01 lecture”',
    });
    const theme = result.get('meetings:kind=theme_day')!;
    expect('records' in theme && theme.records).toEqual([
      {
        id: themeDay.id,
        title: '主题党日：2026-05-01 theme_day',
        date: '2026-05-01',
        href: `/meetings/${themeDay.id}`,
      },
    ]);
    const talks = result.get('talks')!;
    expect('records' in talks && talks.records.map((r) => [r.title, r.href])).toEqual([
      ['支委与党员：书记与党员', '/meetings/talks'],
      ['党员之间：书记与党员', '/meetings/talks'],
    ]);
  });

  it('explains a meeting token that names no figure', () => {
    expect(summary('meetings:kind=nonexistent')).toMatchObject({
      problem: '本支部没有会议类型“nonexistent”（可能已被删除）',
    });
    expect(summary('meetings:place=月球')).toMatchObject({
      problem: '地点类型“月球”不存在，可用：红色教育基地、廉政教育基地、法治教育展厅、党员活动室、结对共建单位',
    });
    expect(summary('meetings:lecturer=member')).toMatchObject({
      problem: '授课人（lecturer）只能是 secretary（书记）',
    });
    expect(summary('meetings:measure=minutes')).toMatchObject({
      problem: '会议的统计方式（measure）只能是 count（次数）、materials（研讨材料）或 articles（交流体会）',
    });
  });
});

describe('talk figures', () => {
  it('counts heart-to-heart talks apart from 廉政谈话, and each kind on its own', () => {
    expect(summary('talks')).toEqual({ label: '谈心谈话 次数', unit: '次', value: 2, ids: [t1.id, t2.id] });
    expect(summary('talks:kind=member_member')).toEqual({
      label: '谈心谈话（党员之间） 次数',
      unit: '次',
      value: 1,
      ids: [t2.id],
    });
    expect(summary('talks:kind=integrity')).toEqual({ label: '廉政谈话 次数', unit: '次', value: 1, ids: [t3.id] });
    expect(summary('talks:kind=chat')).toMatchObject({
      problem: '谈话类型“chat”不存在，可用：committee_committee、committee_member、member_member、integrity',
    });
  });
});

describe('development and notice figures', () => {
  it('counts the people who reached a step, naming the steps that change a standing', () => {
    expect(summary('development:step=application')).toEqual({
      label: '递交入党申请 人数',
      unit: '名',
      value: 1,
      ids: [applicant.id],
    });
    expect(summary('development:step=activist_confirmed')).toMatchObject({ label: '确定入党积极分子 人数', value: 1 });
    expect(summary('development:step=first_talk')).toMatchObject({ label: '第2步“党组织派人谈话” 人数', value: 1 });
    expect(summary('development:step=candidate_confirmed')).toMatchObject({ label: '确定发展对象 人数', value: 0 });
    expect(summary('development:step=admission_approved')).toMatchObject({ label: '接收预备党员 人数', value: 0 });
    expect(summary('development:step=full_approved')).toMatchObject({ label: '预备党员转正 人数', value: 0 });
    expect(summary('development')).toMatchObject({
      problem: '请用 step 指定发展党员的步骤（如 activist_confirmed、candidate_confirmed、full_approved）',
    });
  });

  it('counts the notices published in the year, by category', () => {
    expect(summary('notices')).toEqual({ label: '党务公开事项 项数', unit: '项', value: 2, ids: [n1.id, n2.id] });
    expect(summary('notices:category=发展党员')).toEqual({
      label: '党务公开事项（发展党员） 项数',
      unit: '项',
      value: 1,
      ids: [n1.id],
    });
    expect(summary('notices:kind=x')).toMatchObject({ problem: '“notices”不支持参数“kind”' });
  });
});
