/**
 * The figures the comparison with last year (对照上年) is written with, through computeFigures: last
 * year's problems (`rectification:found=previous`) and the state each is in now (`state=…`), the
 * 书记项目 planned for the report's year or the next (`secretary_projects`) and what became of them,
 * and their lists. A count and the list beside it come from one definition, so the sentence and the
 * list agree however the records change. Over new branches holding only the records inserted here.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const fb = await import('@/tests/queries/fresh-branch');
const { projects, rectificationItems } = await import('@/db/schema');
const { eq } = await import('drizzle-orm');
const { problemStatesText } = await import('@/lib/report/draft-duties');
const { reviewSection } = await import('@/lib/report/draft-review');
const { figureKeysIn } = await import('@/lib/report/figure-key');
const { isProblem } = await import('@/lib/report/figure-types');
const { resolveText } = await import('@/lib/report/render');

const branch = fb.freshBranch('对照上年数字测试支部');
const other = fb.freshBranch('对照上年数字测试别的支部');
const p = fb.addPerson(branch.id, '责任人', 'full');
const add = (values: Parameters<typeof fb.addRectification>[2]) => fb.addRectification(branch.id, p.id, values);

// Found in 2025 (last year for a 2026 report), each in another state now; around them what must not count.
const a = add({
  foundDate: '2025-02-01',
  deadline: '2025-06-01',
  aspect: '学习',
  problem: '学习不深',
  state: 'checked_off',
  completedAt: '2025-05-01',
  checkedOffAt: '2026-01-10',
});
const b = add({
  foundDate: '2025-06-01',
  deadline: '2025-09-01',
  aspect: '学习',
  problem: '研讨不实',
  state: 'completed',
  completedAt: '2025-08-01',
});
const c = add({ foundDate: '2025-11-01', deadline: '2026-03-01', aspect: '组织', problem: '台账不全' });
const d = add({ foundDate: '2025-12-31', deadline: '2026-03-01', aspect: '作风', problem: '作风不实' });
add({
  foundDate: '2025-05-01',
  deadline: '2025-06-01',
  problem: '已删除',
  deletedAt: '2025-05-02T00:00:00.000Z',
});
add({ foundDate: '2024-12-31', deadline: '2025-03-01', problem: '前年的问题' });
const thisYear = add({ foundDate: '2026-01-01', deadline: '2026-03-01', problem: '今年的问题' });
fb.addRectification(other.id, fb.addPerson(other.id, '别人', 'full').id, {
  foundDate: '2025-03-01',
  deadline: '2025-06-01',
  problem: '别的支部的问题',
});

const project = (values: Partial<typeof projects.$inferInsert> & { name: string; startDate: string }) =>
  db
    .insert(projects)
    .values({ branchId: branch.id, kind: '书记项目', status: 'active', ...values })
    .returning()
    .get();
const closed = project({ name: '2026年书记项目：丙', startDate: '2026-05-01', status: 'closed' });
const done = project({ name: '2026年书记项目：甲', startDate: '2026-01-01', status: 'completed' });
const running = project({ name: '2026年书记项目：乙', startDate: '2026-03-01' });
project({ name: '2025年书记项目', startDate: '2025-01-01', status: 'completed' });
project({ name: '2026年已删除', startDate: '2026-02-01', deletedAt: '2026-02-02T00:00:00.000Z' });
project({ name: '2026年结对项目', startDate: '2026-02-01', kind: '结对共建' });
const next = project({ name: '2027年书记项目：丁', startDate: '2027-01-01', status: 'planned' });

function figure(key: string, year = 2026, branchId = branch.id) {
  const result = computeFigures({ branchId }, year, [key]).get(key)!;
  if (isProblem(result)) return result;
  return { label: result.label, value: result.value, text: result.text, ids: result.records.map((r) => r.id) };
}

/** The paragraph with its figures written in, as the report shows it. */
function rendered(paragraph: string, year = 2026) {
  const figures = computeFigures({ branchId: branch.id }, year, figureKeysIn([paragraph]));
  return resolveText(paragraph, figures, new Map());
}

describe('last year’s problems: rectification found=previous', () => {
  it('counts the problems found in the year before the report’s, and the aspects they fall under', () => {
    expect(figure('rectification:found=previous')).toMatchObject({
      label: '上年检视问题 个数',
      value: 4,
      ids: [a.id, b.id, c.id, d.id],
    });
    expect(figure('rectification:found=previous,what=aspects')).toMatchObject({
      label: '上年检视问题 方面数',
      value: 3,
    });
    expect(figure('rectification:found=previous', 2027)).toMatchObject({ value: 1, ids: [thisYear.id] });
    expect(figure('rectification:found=previous', 2026, other.id)).toMatchObject({ value: 1 });
  });

  it('narrows to the state each is in now, and combines with what happened to them in the report’s year', () => {
    expect(figure('rectification:found=previous,state=checked_off')).toMatchObject({
      label: '上年检视问题（现已销号） 个数',
      value: 1,
      ids: [a.id],
    });
    expect(figure('rectification:found=previous,state=completed')).toMatchObject({ value: 1, ids: [b.id] });
    expect(figure('rectification:found=previous,state=in_progress')).toMatchObject({ value: 2, ids: [c.id, d.id] });
    expect(figure('rectification:found=previous,what=checked_off')).toMatchObject({
      label: '对账销号的问题（上年检视） 个数',
      value: 1,
      ids: [a.id],
    });
    expect(figure('rectification:found=previous,what=open')).toMatchObject({ value: 3, ids: [b.id, c.id, d.id] });
    expect(figure('rectification:state=in_progress,what=found')).toMatchObject({
      label: '检视问题（现整改中） 个数',
      value: 1,
      ids: [thisYear.id],
    });
  });

  it('lists them with the state each is in now', () => {
    expect(figure('list.rectification:found=previous')).toMatchObject({
      label: '上年检视问题清单',
      value: 4,
      text: '学习不深（已销号）；研讨不实（已完成）；台账不全（整改中）；作风不实（整改中）',
    });
  });

  it('explains the parameters it refuses', () => {
    expect(figure('rectification:found=this')).toMatchObject({
      problem: '问题的检视年度（found）只能是 previous（上一年度）',
    });
    expect(figure('rectification:state=lost')).toMatchObject({
      problem: '整改状态“lost”不存在，可用：in_progress、completed、checked_off',
    });
    expect(figure('rectification:found=previous,period=H1')).toMatchObject({
      problem: '上一年度检视的问题按年度统计，不能按时段（period）统计',
    });
  });
});

describe('书记项目 planned: secretary_projects', () => {
  it('counts the 书记项目 planned for the report’s year, or the next, whatever became of them', () => {
    expect(figure('secretary_projects')).toMatchObject({
      label: '本年度书记项目 个数',
      value: 3,
      ids: [done.id, running.id, closed.id],
    });
    expect(figure('secretary_projects:status=completed')).toMatchObject({
      label: '本年度书记项目（已完成） 个数',
      ids: [done.id],
    });
    expect(figure('secretary_projects:planned=next')).toMatchObject({
      label: '下一年度书记项目 个数',
      value: 1,
      ids: [next.id],
    });
    expect(figure('secretary_projects', 2026, other.id)).toMatchObject({ value: 0, ids: [] });
  });

  it('lists them in the order they start, each with its status now', () => {
    expect(figure('list.secretary_projects')).toMatchObject({
      label: '本年度书记项目清单',
      value: 3,
      text: '2026年书记项目：甲（已完成）；2026年书记项目：乙（进行中）；2026年书记项目：丙（已终止）',
    });
    expect(figure('list.secretary_projects', 2030)).toMatchObject({ value: 0, text: '无' });
  });

  it('explains the parameters it refuses', () => {
    expect(figure('secretary_projects:planned=last')).toMatchObject({
      problem: '书记项目的计划年度（planned）只能是 this、next',
    });
    expect(figure('secretary_projects:status=done')).toMatchObject({
      problem: '项目状态“done”不存在，可用：planned、active、completed、closed',
    });
    expect(figure('secretary_projects:period=Q1')).toMatchObject({
      problem: '书记项目按年度统计，不能按时段（period）统计',
    });
  });
});

/** The counts a “已对账销号1个、已完成整改待销号1个、正在整改2个” sentence says, by the list's labels. */
function saidCounts(text: string) {
  const said = text.match(/已对账销号(\d+)个、已完成整改待销号(\d+)个、正在整改(\d+)个/)!;
  return { 已销号: Number(said[1]), 已完成: Number(said[2]), 整改中: Number(said[3]) };
}
function listedCounts(list: string) {
  const labels = [...list.matchAll(/（(已销号|已完成|整改中)）/g)].map((m) => m[1]);
  return {
    已销号: labels.filter((l) => l === '已销号').length,
    已完成: labels.filter((l) => l === '已完成').length,
    整改中: labels.filter((l) => l === '整改中').length,
  };
}

describe('a sentence’s counts and the list beside it', () => {
  it('agree in the comparison with last year, and still agree after a problem moves on', () => {
    const [problems] = reviewSection(2026, { problems: true, plans: true }).body.split('\n');
    const before = rendered(problems);
    expect(before).toBe(
      '2025年查摆的问题整改情况：共4个，已对账销号1个、已完成整改待销号1个、正在整改2个，逐项为：学习不深（已销号）；研讨不实（已完成）；台账不全（整改中）；作风不实（整改中）。',
    );
    expect(saidCounts(before)).toEqual(listedCounts(before));

    db.update(rectificationItems)
      .set({ state: 'checked_off', completedAt: '2026-02-01', checkedOffAt: '2026-02-10' })
      .where(eq(rectificationItems.id, c.id))
      .run();
    const after = rendered(problems);
    expect(saidCounts(after)).toEqual({ 已销号: 2, 已完成: 1, 整改中: 1 });
    expect(saidCounts(after)).toEqual(listedCounts(after));
    expect(after).toContain('共4个');
  });

  it('agree in the year’s own work, where the dated counts once said 对账销号3个 beside one 已销号', () => {
    const sentence = `检视出{{rectification:what=found}}个问题：{{list.rectification:what=found}}。${problemStatesText({ what: 'found' })}`;
    // A problem found in 2025 and checked off in 2026 is checked off in the year, but not among its found.
    const text = rendered(sentence);
    expect(text).toBe('检视出1个问题：今年的问题（整改中）。已对账销号0个、已完成整改待销号0个、正在整改1个');
    expect(saidCounts(text)).toEqual(listedCounts(text));
    expect(figure('rectification:what=checked_off')).toMatchObject({ value: 2, ids: [a.id, c.id] });
  });
});
