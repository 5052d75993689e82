/**
 * The report's people figures (db/report/figures/sources/people.ts through computeFigures): who was a
 * full member, a probationary member, a candidate, an activist or an applicant at the end of the year or
 * of a period, from the dates the records keep; by party group, gender, ethnicity, age band and
 * education; with the people behind each count and the picker entries the branch is offered. Over a new branch whose records are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const fb = await import('@/tests/queries/fresh-branch');

const branch = fb.freshBranch('党员队伍数字测试支部');
const scope = { branchId: branch.id };
const first = fb.addGroup(branch.id, '第一党小组');
const second = fb.addGroup(branch.id, '第二党小组');

// Full since 2010, in the first group.
const veteran = fb.addPerson(branch.id, '老党员', 'full', { fullMemberDate: '2010-07-01', groupId: first.id });
// A full member whose dates were never recorded: full throughout.
const undated = fb.addPerson(branch.id, '未填日期', 'full', { gender: 'female', groupId: second.id });
// Admitted 2025-06-20, full 2026-06-20: probationary at the end of 2025 and of Q1 2026, full from H1 2026 on.
fb.addPerson(branch.id, '新党员', 'full', {
  gender: 'female',
  probationaryDate: '2025-06-20',
  fullMemberDate: '2026-06-20',
  groupId: first.id,
});
// Applied 2025-03-01, activist 2025-09-01, candidate 2026-04-01.
const candidate = fb.addPerson(branch.id, '发展对象', 'candidate');
fb.addDevelopment(branch.id, candidate.id, [
  ['application', '2025-03-01'],
  ['first_talk', '2025-03-20'],
  ['activist_confirmed', '2025-09-01'],
  ['candidate_confirmed', '2026-04-01'],
]);
// Applied in 2026, development stopped in 2026-10: an applicant at the end of H1 only.
const stopped = fb.addPerson(branch.id, '终止', 'masses');
fb.addDevelopment(branch.id, stopped.id, [['application', '2026-02-01']], { stoppedAt: '2026-10-01' });
// A member who left the branch in 2026: counted at the end of 2025, not of 2026.
fb.addPerson(branch.id, '转出', 'full', {
  fullMemberDate: '2000-01-01',
  archivedAt: '2026-03-01T02:00:00Z',
});
// Another branch's member never counts.
const elsewhere = fb.freshBranch('别的支部');
fb.addPerson(elsewhere.id, '别的党员', 'full', { fullMemberDate: '2000-01-01' });

const figure = (year: number, key: string) => computeFigures(scope, year, [key]).get(key)!;
const people = (year: number, key: string) => {
  const f = figure(year, key);
  if ('problem' in f) throw new Error(f.problem);
  return f.records.map((r) => r.title).sort();
};

describe('people figures', () => {
  it('count each standing at the end of the year from the recorded dates', () => {
    expect(people(2025, 'people:status=full')).toEqual(['未填日期', '老党员', '转出'].sort());
    expect(people(2025, 'people:status=probationary')).toEqual(['新党员']);
    expect(people(2025, 'people:status=activist')).toEqual(['发展对象']);
    expect(people(2025, 'people:status=candidate')).toEqual([]);
    expect(people(2026, 'people:status=full')).toEqual(['新党员', '未填日期', '老党员'].sort());
    expect(people(2026, 'people:status=candidate')).toEqual(['发展对象']);
    expect(people(2026, 'people:status=applicant')).toEqual([]);
  });

  it('count at the end of a period when one is named', () => {
    expect(people(2026, 'people:status=probationary,period=Q1')).toEqual(['新党员']);
    expect(people(2026, 'people:status=probationary,period=H1')).toEqual([]);
    expect(people(2026, 'people:status=applicant,period=H1')).toEqual(['终止']);
    expect(people(2026, 'people:status=member,period=Q1')).toEqual(['新党员', '未填日期', '老党员'].sort());
  });

  it('give the value, label and unit the report writes, and link each person to their page', () => {
    expect(figure(2026, 'people:status=member')).toMatchObject({
      value: 3,
      text: '3',
      label: '党员 人数',
      unit: '名',
      recordsPermission: 'members.read',
    });
    const f = figure(2026, 'people:status=member');
    if ('problem' in f) throw new Error(f.problem);
    expect(f.records.find((r) => r.title === '老党员')).toMatchObject({
      id: veteran.id,
      href: `/members/${veteran.id}`,
    });
  });

  it('narrow by party group and gender, and say so in the label', () => {
    expect(people(2026, `people:status=member,group=${first.id}`)).toEqual(['新党员', '老党员'].sort());
    expect(figure(2026, `people:status=member,group=${first.id}`)).toMatchObject({ label: '党员（第一党小组） 人数' });
    expect(people(2026, 'people:status=member,gender=female')).toEqual(['新党员', '未填日期'].sort());
    expect(people(2026, `people:status=full,group=${second.id},gender=female`)).toEqual([undated.name]);
  });

  it('explain a token they cannot count', () => {
    expect(figure(2026, 'people')).toMatchObject({ problem: expect.stringContaining('请用 status 指定') });
    expect(figure(2026, 'people:status=masses')).toMatchObject({ problem: expect.stringContaining('status') });
    expect(figure(2026, 'people:status=full,group=999999')).toMatchObject({
      problem: '本支部没有编号为“999999”的党小组（可能已被删除）',
    });
    expect(figure(2026, 'people:status=full,gender=x')).toMatchObject({ problem: expect.stringContaining('性别') });
  });

  it('are offered by the picker: each standing, women members, and members of each party group', () => {
    const entries = figureCatalogue(scope).filter((e) => e.group === '党员队伍');
    expect(entries.map((e) => e.key)).toEqual([
      'people:status=member',
      'people:status=full',
      'people:status=probationary',
      'people:status=candidate',
      'people:status=activist',
      'people:status=applicant',
      'people:gender=female,status=member',
      'people:ethnicity=minority,status=member',
      'people:age=-35,status=member',
      'people:education=college,status=member',
      `people:group=${first.id},status=member`,
      `people:group=${second.id},status=member`,
      'committee',
    ]);
    expect(entries.every((e) => e.unit === '名' && e.dated)).toBe(true);
  });
});

describe('people figures for a 基本情况 paragraph', () => {
  const basics = fb.freshBranch('基本情况数字测试支部');
  const at = { branchId: basics.id };
  const member = (name: string, values: Parameters<typeof fb.addPerson>[3]) =>
    fb.addPerson(basics.id, name, 'full', { fullMemberDate: '2000-07-01', ...values });
  // Ages on 2026-12-31 (the year's end) and on 2026-06-30 (the end of H1).
  member('满35岁', { birthDate: '1991-12-31', ethnicity: '回族', education: '研究生' });
  member('年底满36岁', { birthDate: '1990-12-31', education: '大学本科' });
  member('年中满36岁', { birthDate: '1990-06-30', ethnicity: '蒙古族', education: '大学专科' });
  member('45岁', { birthDate: '1981-01-01', education: '中专' });
  member('56岁', { birthDate: '1970-12-31', education: '高中' });
  member('未填生日', { ethnicity: '汉族' });
  fb.addPerson(basics.id, '少数民族群众', 'masses', {
    birthDate: '2000-01-01',
    ethnicity: '壮族',
    education: '研究生',
  });

  const names = (key: string) => {
    const f = computeFigures(at, 2026, [key]).get(key)!;
    if ('problem' in f) throw new Error(f.problem);
    return f.records.map((r) => r.title).sort();
  };
  const label = (key: string) => computeFigures(at, 2026, [key]).get(key);

  it('count members of a minority ethnicity, everyone but 汉族', () => {
    expect(names('people:status=member,ethnicity=minority')).toEqual(['年中满36岁', '满35岁'].sort());
    expect(label('people:status=member,ethnicity=minority')).toMatchObject({ label: '党员（少数民族） 人数' });
  });

  it('count by age in whole years at the end of the year or period, without those of unknown age', () => {
    expect(names('people:status=member,age=-35')).toEqual(['满35岁']);
    expect(names('people:status=member,age=36-45')).toEqual(['45岁', '年中满36岁', '年底满36岁'].sort());
    expect(names('people:status=member,age=56-')).toEqual(['56岁']);
    expect(names('people:status=member,age=-35,period=H1')).toEqual(['年底满36岁', '满35岁'].sort());
    expect(names('people:status=member,age=36-36,period=H1')).toEqual(['年中满36岁']);
    expect(names('people:status=member,age=0-200')).not.toContain('未填生日');
    expect(label('people:status=member,age=-35')).toMatchObject({ label: '党员（35岁及以下） 人数' });
    expect(label('people:status=member,age=36-45')).toMatchObject({ label: '党员（36至45岁） 人数' });
  });

  it('count education at a level and above', () => {
    expect(names('people:status=member,education=postgraduate')).toEqual(['满35岁']);
    expect(names('people:status=member,education=bachelor')).toEqual(['满35岁', '年底满36岁'].sort());
    expect(names('people:status=member,education=college')).toEqual(['满35岁', '年底满36岁', '年中满36岁'].sort());
    expect(label('people:status=member,education=college')).toMatchObject({
      label: '党员（大学专科及以上学历） 人数',
    });
  });

  it('combine the filters with one another and with gender', () => {
    expect(names('people:status=member,ethnicity=minority,age=-35,education=postgraduate')).toEqual(['满35岁']);
    expect(names('people:status=member,gender=female,age=-35')).toEqual([]);
    expect(label('people:status=member,ethnicity=minority,age=-35')).toMatchObject({
      label: '党员（少数民族，35岁及以下） 人数',
    });
  });

  it('explain a filter written wrong', () => {
    expect(label('people:status=member,ethnicity=han')).toMatchObject({ problem: expect.stringContaining('minority') });
    expect(label('people:status=member,age=45-36')).toMatchObject({ problem: expect.stringContaining('年龄段') });
    expect(label('people:status=member,age=35')).toMatchObject({ problem: expect.stringContaining('-35') });
    expect(label('people:status=member,education=研究生')).toMatchObject({
      problem: expect.stringContaining('postgraduate'),
    });
  });
});
