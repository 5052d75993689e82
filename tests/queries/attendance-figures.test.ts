/**
 * The report's attendance figures (db/report/figures/sources/attendance.ts through computeFigures):
 * 出席人次, 应到人次 and 出勤率 over held meetings, of one kind or all, for the year or a period — those the
 * kind's rule expects count, 列席 neither way, 请假 lowers the rate — with the meetings behind each figure,
 * and the same 应到 as each meeting's own page. Over new branches whose records are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const { getMeeting } = await import('@/db/queries/meetings');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');

const branch = fb.freshBranch('出勤数字测试支部');
const scope = { branchId: branch.id };
const first = fb.addGroup(branch.id, '第一党小组');
const second = fb.addGroup(branch.id, '第二党小组');
const secretary = fb.addPerson(branch.id, '书记', 'full', { committeeTitle: '书记', groupId: first.id });
const member = fb.addPerson(branch.id, '党员', 'full', { groupId: first.id });
const probationary = fb.addPerson(branch.id, '预备党员', 'probationary', { groupId: second.id });
const masses = fb.addPerson(branch.id, '群众', 'masses');
const ownKind = db
  .insert(s.meetingKinds)
  .values({ branchId: branch.id, name: '座谈会', attendeeScope: 'chosen' })
  .returning()
  .get();

function held(
  code: Parameters<typeof fb.addMeeting>[1],
  date: string,
  rows: [number, 'present' | 'leave' | 'absent' | null][],
  values = {},
) {
  const meeting = fb.addMeeting(branch.id, code, date, 'held', values);
  for (const [personId, status] of rows) fb.addAttendance(meeting, personId, status);
  return meeting;
}

// 应到 3 (the masses person is 列席), 出席 2, 请假 1.
const general = held('general', '2026-03-10', [
  [secretary.id, 'present'],
  [member.id, 'present'],
  [probationary.id, 'leave'],
  [masses.id, 'present'],
]);
// 应到 1: a member without a committee title is 列席 at a 支委会.
const committee = held('committee', '2026-05-10', [
  [secretary.id, 'present'],
  [member.id, 'present'],
]);
// 应到 2 (the first group's members), 出席 1: the second group's member is 列席.
const group = held(
  'group',
  '2026-08-01',
  [
    [secretary.id, 'present'],
    [member.id, 'absent'],
    [probationary.id, 'present'],
  ],
  { groupId: first.id },
);
// A kind whose attendees are chosen: everyone listed is expected, 应到 2, 出席 1 (one not yet marked).
const chosen = db
  .insert(s.meetings)
  .values({ branchId: branch.id, kindId: ownKind.id, date: '2026-10-01', status: 'held', topic: '座谈' })
  .returning()
  .get();
fb.addAttendance(chosen, masses.id, 'present');
fb.addAttendance(chosen, member.id, null);
// Never counted: a planned meeting, last year's, a removed one, another branch's.
for (const status of ['planned', 'cancelled'] as const)
  fb.addAttendance(fb.addMeeting(branch.id, 'general', '2026-11-01', status), secretary.id, 'present');
held('general', '2025-12-01', [[secretary.id, 'present']]);
held('general', '2026-04-01', [[secretary.id, 'present']], { deletedAt: '2026-04-02T00:00:00.000Z' });
const elsewhere = fb.freshBranch('别的支部');
const stranger = fb.addPerson(elsewhere.id, '别的党员', 'full');
const strangers = fb.addMeeting(elsewhere.id, 'general', '2026-03-10', 'held');
fb.addAttendance(strangers, stranger.id, 'present');

const figure = (key: string, year = 2026) => {
  const f = computeFigures(scope, year, [key]).get(key)!;
  if ('problem' in f) throw new Error(f.problem);
  return f;
};
const value = (key: string, year = 2026) => figure(key, year).value;

describe('attendance figures', () => {
  it('count 出席 and 应到 人次 of those the rule expects, over every held meeting of the year', () => {
    expect(value('attendance:measure=expected')).toBe(3 + 1 + 2 + 2);
    expect(value('attendance:measure=present')).toBe(2 + 1 + 1 + 1);
    expect(value('attendance:measure=rate')).toBe(62.5);
  });

  it('leave 列席 out of 应到 and the rate, and let 请假 lower the rate', () => {
    expect(value('attendance:kind=general,measure=expected')).toBe(3);
    expect(value('attendance:kind=general,measure=present')).toBe(2);
    expect(value('attendance:kind=general,measure=rate')).toBe(66.7);
    expect(value('attendance:kind=committee,measure=expected')).toBe(1);
    expect(value('attendance:kind=committee,measure=rate')).toBe(100);
    expect(value('attendance:kind=group,measure=expected')).toBe(2);
    expect(value(`attendance:kind=${ownKind.id},measure=expected`)).toBe(2);
  });

  it('narrow to a period, and give a rate of 0 when nobody was expected', () => {
    expect(value('attendance:measure=expected,period=H1')).toBe(4);
    expect(value('attendance:measure=rate,period=H1')).toBe(75);
    expect(value('attendance:measure=rate,period=H2')).toBe(50);
    expect(value('attendance:kind=general,measure=rate,period=Q2')).toBe(0);
    expect(value('attendance:measure=present', 2025)).toBe(1);
  });

  it('list the meetings behind each figure, and write the rate with its decimal', () => {
    expect(figure('attendance:measure=rate').records.map((r) => r.id)).toEqual([
      general.id,
      committee.id,
      group.id,
      chosen.id,
    ]);
    expect(figure('attendance:measure=present,period=H2').records.map((r) => r.id)).toEqual([group.id, chosen.id]);
    expect(figure('attendance:kind=general,measure=rate')).toMatchObject({
      text: '66.7',
      label: '支部党员大会 出勤率（%，保留一位小数）',
      unit: '%',
    });
    expect(figure('attendance:measure=present')).toMatchObject({ label: '各类会议和活动 出席人次', unit: '人次' });
  });

  it('explain a token they cannot count', () => {
    const problem = (key: string) => computeFigures(scope, 2026, [key]).get(key);
    expect(problem('attendance')).toMatchObject({ problem: expect.stringContaining('请用 measure') });
    expect(problem('attendance:measure=ratio')).toMatchObject({ problem: expect.stringContaining('measure') });
    expect(problem('attendance:kind=nope,measure=rate')).toMatchObject({
      problem: '本支部没有会议类型“nope”（可能已被删除）',
    });
  });

  it('are offered by the picker for all meetings and for each kind', () => {
    const keys = figureCatalogue(scope)
      .filter((e) => e.key.startsWith('attendance'))
      .map((e) => e.key);
    expect(keys.slice(0, 5)).toEqual([
      'attendance:measure=present',
      'attendance:measure=expected',
      'attendance:measure=rate',
      'attendance:kind=general,measure=present',
      'attendance:kind=general,measure=rate',
    ]);
    expect(keys).toContain(`attendance:kind=${ownKind.id},measure=rate`);
  });
});

describe('attendance figures and the meeting page', () => {
  // Everyone in every combination of standing, committee title and party group, at one meeting of each scope.
  const other = fb.freshBranch('应到规则测试支部');
  const groupA = fb.addGroup(other.id, 'A组');
  const groupB = fb.addGroup(other.id, 'B组');
  const everyone = (['full', 'probationary', 'activist', 'masses'] as const).flatMap((status) =>
    [null, '组织委员'].flatMap((title) =>
      [null, groupA.id, groupB.id].map((groupId) =>
        fb.addPerson(other.id, `${status}-${title}-${groupId}`, status, { committeeTitle: title, groupId }),
      ),
    ),
  );
  const chosenKind = db
    .insert(s.meetingKinds)
    .values({ branchId: other.id, name: '自选', attendeeScope: 'chosen' })
    .returning()
    .get();
  const meetings = [
    fb.addMeeting(other.id, 'general', '2026-02-01', 'held'),
    fb.addMeeting(other.id, 'committee', '2026-02-02', 'held'),
    fb.addMeeting(other.id, 'group', '2026-02-03', 'held', { groupId: groupA.id }),
    fb.addMeeting(other.id, 'group', '2026-02-04', 'held'),
    db
      .insert(s.meetings)
      .values({ branchId: other.id, kindId: chosenKind.id, date: '2026-02-05', status: 'held', topic: '自选' })
      .returning()
      .get(),
  ];
  for (const meeting of meetings)
    everyone.forEach((p, i) => fb.addAttendance(meeting, p.id, i % 2 ? 'present' : 'absent'));

  it('count as 应到 and 出席 exactly the people each meeting’s page marks expected', () => {
    const user = fb.userOf(other, 'secretary');
    const pages = meetings.map((m) => getMeeting(user, m.id)!.attendance.filter((a) => a.expected));
    const keys = ['attendance:measure=expected', 'attendance:measure=present'];
    const figures = computeFigures({ branchId: other.id }, 2026, keys);
    expect(figures.get(keys[0])).toMatchObject({ value: pages.flat().length });
    expect(figures.get(keys[1])).toMatchObject({
      value: pages.flat().filter((a) => a.status === 'present').length,
    });
    expect(pages.flat().length).toBeLessThan(meetings.length * everyone.length);
  });
});
