/**
 * The report's activity figures (`activities` in db/report/figures/sources/service.ts, through
 * computeFigures): activities counted, the distinct people who took part and 参与人次, for the year or a
 * period, narrowed by project or project kind, with the people or the activities behind each figure.
 * Over a new branch whose projects are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const { figureCatalogue } = await import('@/db/report/figures/catalogue');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');

const branch = fb.freshBranch('参与数字测试支部');
const scope = { branchId: branch.id };
const zhang = fb.addPerson(branch.id, '张', 'full');
const li = fb.addPerson(branch.id, '李', 'full');
const wang = fb.addPerson(branch.id, '王', 'masses');

const project = (branchId: number, name: string, kind: string, deletedAt: string | null = null) =>
  db
    .insert(s.projects)
    .values({ branchId, kind, name, startDate: '2025-01-01', status: 'active', deletedAt })
    .returning()
    .get();
function activity(projectId: number, date: string, people: { id: number }[], values = {}, branchId = branch.id) {
  const row = db
    .insert(s.projectActivities)
    .values({ projectId, branchId, date, title: `${date}活动`, ...values })
    .returning()
    .get();
  for (const p of people)
    db.insert(s.activityParticipants).values({ activityId: row.id, branchId, personId: p.id }).run();
  return row;
}

const pairing = project(branch.id, '结对项目', '结对共建');
const volunteering = project(branch.id, '志愿项目', '志愿服务');
const removedProject = project(branch.id, '已删除项目', '志愿服务', '2026-01-02T00:00:00.000Z');
const a1 = activity(pairing.id, '2026-03-01', [zhang, li]);
const a2 = activity(pairing.id, '2026-08-01', [zhang]);
const a3 = activity(volunteering.id, '2026-09-01', [zhang, wang]);
activity(volunteering.id, '2026-10-01', []); // nobody recorded
activity(pairing.id, '2025-12-01', [li, wang]); // last year
activity(pairing.id, '2026-04-01', [wang], { deletedAt: '2026-04-02T00:00:00.000Z' });
activity(removedProject.id, '2026-04-01', [wang]);
const elsewhere = fb.freshBranch('别的支部');
const theirProject = project(elsewhere.id, '别的项目', '结对共建');
activity(theirProject.id, '2026-03-01', [fb.addPerson(elsewhere.id, '别人', 'full')], {}, elsewhere.id);

const figure = (key: string, year = 2026) => {
  const f = computeFigures(scope, year, [key]).get(key)!;
  if ('problem' in f) throw new Error(f.problem);
  return f;
};

describe('activity participation figures', () => {
  it('count the distinct people who took part and each time someone took part', () => {
    expect(figure('activities:measure=people')).toMatchObject({ value: 3, label: '服务活动 参与人数', unit: '名' });
    expect(figure('activities:measure=times')).toMatchObject({ value: 5, label: '服务活动 参与人次', unit: '人次' });
    expect(figure('activities')).toMatchObject({ value: 4, label: '服务活动 次数' });
    expect(figure('activities:measure=count').value).toBe(4);
  });

  it('list the people behind 参与人数 and the activities behind 参与人次', () => {
    expect(figure('activities:measure=people').records.map((r) => r.title)).toEqual(
      expect.arrayContaining(['张', '李', '王']),
    );
    expect(figure('activities:measure=people').records.find((r) => r.title === '张')).toMatchObject({
      href: `/members/${zhang.id}`,
    });
    expect(figure('activities:measure=times').records.map((r) => r.id)).toEqual([a1.id, a2.id, a3.id]);
  });

  it('narrow by project, project kind and period', () => {
    expect(figure(`activities:project=${pairing.id},measure=people`).value).toBe(2);
    expect(figure(`activities:project=${pairing.id},measure=times`).value).toBe(3);
    expect(figure('activities:project_kind=志愿服务,measure=people')).toMatchObject({
      value: 2,
      label: '服务活动（志愿服务） 参与人数',
    });
    expect(figure('activities:measure=people,period=H2').value).toBe(2);
    expect(figure('activities:measure=times,period=H1').value).toBe(2);
    expect(figure('activities:measure=times', 2025).value).toBe(2);
  });

  it('explain a measure they do not know', () => {
    expect(computeFigures(scope, 2026, ['activities:measure=hours']).get('activities:measure=hours')).toMatchObject({
      problem: expect.stringContaining('people（参与人数）'),
    });
  });

  it('are offered by the picker', () => {
    const keys = figureCatalogue(scope)
      .map((e) => e.key)
      .filter((key) => key.startsWith('activities'));
    expect(keys.slice(0, 3)).toEqual(['activities', 'activities:measure=people', 'activities:measure=times']);
  });
});
