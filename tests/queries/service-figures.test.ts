/**
 * The report's service figures (db/report/figures/sources/service.ts through computeFigures): outputs
 * summed by type or by category, activities counted, projects running in the year — narrowed by
 * project or project kind, with their labels and units — and the explanation for a token that names
 * no such figure. Over a new branch whose projects are inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const branch = fb.freshBranch('服务数字测试支部');
const type = (name: string) =>
  db
    .select()
    .from(s.outputTypes)
    .where(and(eq(s.outputTypes.branchId, branch.id), eq(s.outputTypes.name, name)))
    .get()!;
const project = (values: Partial<typeof s.projects.$inferInsert> & { name: string; startDate: string }) =>
  db
    .insert(s.projects)
    .values({ branchId: branch.id, kind: '结对共建', status: 'active', ...values })
    .returning()
    .get();
const activity = (projectId: number, date: string, outputs: [string, number][], deletedAt: string | null = null) => {
  const row = db
    .insert(s.projectActivities)
    .values({ projectId, branchId: branch.id, date, title: `${date}活动`, deletedAt })
    .returning()
    .get();
  for (const [name, quantity] of outputs)
    db.insert(s.activityOutputs)
      .values({ activityId: row.id, branchId: branch.id, outputTypeId: type(name).id, quantity })
      .run();
  return row;
};

const pairing = project({ name: '结对项目', startDate: '2025-03-01' });
const own = project({ name: '自定义类项目', startDate: '2026-02-01', endDate: '2026-10-31', kind: '助学行动' });
const ended = project({ name: '去年结束的项目', startDate: '2024-01-01', endDate: '2025-12-31', kind: '书记项目' });
const removed = project({ name: '已删除项目', startDate: '2026-01-01', deletedAt: '2026-02-01T00:00:00.000Z' });
const a1 = activity(pairing.id, '2026-03-01', [
  ['捐款', 1000],
  ['大米', 10],
]);
const a2 = activity(pairing.id, '2026-08-01', [
  ['投入资金', 5000],
  ['食用油', 2],
]);
const a3 = activity(own.id, '2026-04-01', [['捐款', 200.5]]);
activity(pairing.id, '2026-05-01', [['捐款', 7777]], '2026-05-02T00:00:00.000Z');
activity(removed.id, '2026-01-15', [['捐款', 8888]]);
activity(pairing.id, '2025-06-01', [['捐款', 9999]]);
activity(ended.id, '2025-06-02', []);

const figures = (keys: string[]) => computeFigures({ branchId: branch.id }, 2026, keys);
function summary(key: string) {
  const f = figures([key]).get(key)!;
  if ('problem' in f) return f;
  return { label: f.label, unit: f.unit, value: f.value, ids: f.records.map((r) => r.id) };
}

describe('service output figures', () => {
  it('sums one output type over the year’s live activities', () => {
    expect(summary(`outputs:type=${type('捐款').id}`)).toEqual({
      label: '捐款 合计',
      unit: '元',
      value: 1200.5,
      ids: [a1.id, a3.id],
    });
    expect(summary(`outputs:type=${type('面粉').id}`)).toEqual({ label: '面粉 合计', unit: '袋', value: 0, ids: [] });
  });

  it('sums a category whose types share a unit', () => {
    expect(summary('outputs:category=money')).toEqual({
      label: '资金 合计',
      unit: '元',
      value: 6200.5,
      ids: [a1.id, a3.id, a2.id],
    });
  });

  it('narrows outputs to a project or a kind of project', () => {
    expect(summary(`outputs:project=${pairing.id},type=${type('捐款').id}`)).toEqual({
      label: '捐款（结对项目） 合计',
      unit: '元',
      value: 1000,
      ids: [a1.id],
    });
    expect(summary('outputs:category=money,project_kind=助学行动')).toEqual({
      label: '资金（助学行动） 合计',
      unit: '元',
      value: 200.5,
      ids: [a3.id],
    });
    expect(summary('outputs:category=money,period=H2')).toMatchObject({ label: '资金 合计（下半年）', value: 5000 });
  });

  it('explains an output token that cannot be summed', () => {
    expect(summary('outputs')).toMatchObject({
      problem: '请用 type（成效类型）或 category（类别）二者之一指定统计的成效',
    });
    expect(summary(`outputs:category=money,type=${type('捐款').id}`)).toMatchObject({
      problem: '请用 type（成效类型）或 category（类别）二者之一指定统计的成效',
    });
    expect(summary('outputs:type=999999')).toMatchObject({
      problem: '本支部没有编号为“999999”的成效类型（可能已被删除）',
    });
    expect(summary('outputs:category=gold')).toMatchObject({
      problem: '成效类别“gold”不存在，可用：money、goods、facilities、households、people、propaganda、other',
    });
    expect(summary('outputs:category=goods')).toMatchObject({
      problem: '“物资”类的成效单位不一（袋、桶），不能相加，请按成效类型统计',
    });
    expect(summary('outputs:category=other')).toMatchObject({ problem: '本支部没有“其他”类的成效类型' });
    expect(summary(`outputs:category=money,project=${removed.id}`)).toMatchObject({
      problem: `本支部没有编号为“${removed.id}”的项目（可能已被删除）`,
    });
    expect(summary('outputs:category=money,project=abc')).toMatchObject({
      problem: '本支部没有编号为“abc”的项目（可能已被删除）',
    });
    expect(summary('outputs:category=money,project_kind=不存在的类')).toMatchObject({
      problem: '本支部没有“不存在的类”类项目',
    });
  });
});

describe('activity and project figures', () => {
  it('counts the year’s live activities, narrowed to a project or kind', () => {
    expect(summary('activities')).toEqual({ label: '服务活动 次数', unit: '次', value: 3, ids: [a1.id, a3.id, a2.id] });
    expect(summary(`activities:project=${own.id}`)).toEqual({
      label: '服务活动（自定义类项目） 次数',
      unit: '次',
      value: 1,
      ids: [a3.id],
    });
    expect(summary('activities:project_kind=结对共建')).toEqual({
      label: '服务活动（结对共建） 次数',
      unit: '次',
      value: 2,
      ids: [a1.id, a2.id],
    });
    // a built-in kind the branch never used is known, and counts nothing
    expect(summary('activities:project_kind=志愿服务')).toMatchObject({ value: 0 });
    expect(summary(`activities:project=${removed.id}`)).toMatchObject({
      problem: `本支部没有编号为“${removed.id}”的项目（可能已被删除）`,
    });
    expect(summary('activities:project_kind=不存在的类')).toMatchObject({ problem: '本支部没有“不存在的类”类项目' });
    expect(summary('activities:type=1')).toMatchObject({ problem: '“activities”不支持参数“type”' });
  });

  it('names the activities and projects behind the figures, and lists projects with the year’s outputs', () => {
    const result = computeFigures({ branchId: branch.id }, 2026, ['activities', 'list.projects']);
    const activities = result.get('activities')!;
    expect('records' in activities && activities.records.map((r) => [r.title, r.href])).toEqual([
      ['结对项目：2026-03-01活动', `/projects/${pairing.id}`],
      ['自定义类项目：2026-04-01活动', `/projects/${own.id}`],
      ['结对项目：2026-08-01活动', `/projects/${pairing.id}`],
    ]);
    const list = result.get('list.projects')!;
    expect(list).toMatchObject({
      label: '服务项目清单',
      unit: '项',
      value: 2,
      text: '结对项目（捐款1000元、投入资金5000元、大米10袋、食用油2桶）；自定义类项目（捐款200.5元）',
    });
    expect('records' in list && list.records.map((r) => [r.title, r.date])).toEqual([
      ['结对共建：结对项目', '2025-03-01'],
      ['助学行动：自定义类项目', '2026-02-01'],
    ]);
    expect(computeFigures({ branchId: branch.id }, 2025, ['list.projects']).get('list.projects')).toMatchObject({
      text: '去年结束的项目；结对项目（捐款9999元）',
    });
  });

  it('counts the live projects running in the year, by kind', () => {
    expect(summary('projects')).toEqual({ label: '服务项目 个数', unit: '个', value: 2, ids: [pairing.id, own.id] });
    expect(summary('projects:kind=助学行动')).toEqual({ label: '助学行动 个数', unit: '个', value: 1, ids: [own.id] });
    expect(summary('projects:kind=书记项目')).toMatchObject({ value: 0 });
    expect(summary('projects:kind=不存在的类')).toMatchObject({ problem: '本支部没有“不存在的类”类项目' });
    expect(summary('projects:project=1')).toMatchObject({ problem: '“projects”不支持参数“project”' });
    expect(computeFigures({ branchId: branch.id }, 2025, ['projects']).get('projects')).toMatchObject({ value: 2 });
  });
});
