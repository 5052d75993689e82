/**
 * The report's committee figure (db/report/figures/sources/committee.ts through computeFigures): the
 * people holding a committee title who are still in the branch at the end of the year or period, with
 * the people behind it. Over a new branch whose people are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const fb = await import('@/tests/queries/fresh-branch');

const branch = fb.freshBranch('支委会数字测试支部');
const scope = { branchId: branch.id };
const secretary = fb.addPerson(branch.id, '书记', 'full', { committeeTitle: '书记' });
fb.addPerson(branch.id, '组织委员', 'full', { committeeTitle: '组织委员' });
fb.addPerson(branch.id, '宣传委员', 'probationary', { committeeTitle: '宣传委员' });
fb.addPerson(branch.id, '党员', 'full');
fb.addPerson(branch.id, '空职务', 'full', { committeeTitle: '' });
// Left the branch in May 2026: on the committee at the end of Q1, not of H1.
fb.addPerson(branch.id, '调离的纪检委员', 'full', { committeeTitle: '纪检委员', archivedAt: '2026-05-01T02:00:00Z' });
fb.addPerson(fb.freshBranch('别的支部').id, '别的书记', 'full', { committeeTitle: '书记' });

const figure = (key: string) => {
  const f = computeFigures(scope, 2026, [key]).get(key)!;
  if ('problem' in f) throw new Error(f.problem);
  return f;
};
const names = (key: string) =>
  figure(key)
    .records.map((r) => r.title)
    .sort();

describe('the committee figure', () => {
  it('counts the people with a committee title still in the branch at the end of the year', () => {
    expect(figure('committee')).toMatchObject({ value: 3, text: '3', label: '支部委员会委员 人数', unit: '名' });
    expect(names('committee')).toEqual(['书记', '宣传委员', '组织委员'].sort());
  });

  it('counts at the end of a period, with whoever left after it', () => {
    expect(names('committee:period=Q1')).toEqual(['书记', '宣传委员', '组织委员', '调离的纪检委员'].sort());
    expect(figure('committee:period=H1').value).toBe(3);
  });

  it('links each person to their page', () => {
    expect(figure('committee').records.find((r) => r.title === '书记')).toMatchObject({
      id: secretary.id,
      href: `/members/${secretary.id}`,
    });
  });

  it('takes no parameters but the period, and is offered by the picker', () => {
    expect(computeFigures(scope, 2026, ['committee:kind=x']).get('committee:kind=x')).toMatchObject({
      problem: '“committee”不支持参数“kind”',
    });
    expect(figureCatalogue(scope).find((e) => e.key === 'committee')).toEqual({
      group: '党员队伍',
      label: '支部委员会委员 人数',
      key: 'committee',
      unit: '名',
      dated: true,
    });
  });
});
