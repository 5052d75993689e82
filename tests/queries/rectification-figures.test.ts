/**
 * The report's rectification figures (db/report/figures/sources/rectification.ts through
 * computeFigures): problems found, the aspects they fall under, completed, checked off, carried over
 * and still open at the year's end, narrowed by source, aspect and period, each with its label and
 * the items behind it — and the explanation for a token that names no such figure. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const fb = await import('@/tests/queries/fresh-branch');

const branch = fb.freshBranch('整改数字测试支部');
const p = fb.addPerson(branch.id, '责任人', 'full');
const add = (values: Parameters<typeof fb.addRectification>[2]) => fb.addRectification(branch.id, p.id, values);

const carried = add({
  foundDate: '2025-10-01',
  deadline: '2026-03-01',
  aspect: '组织',
  problem: '结转问题',
  source: 'inspection',
});
const checkedOff = add({
  foundDate: '2026-02-10',
  deadline: '2026-04-01',
  aspect: '作风',
  problem: '已销号问题',
  source: 'life_meeting',
  state: 'checked_off',
  completedAt: '2026-03-01',
  checkedOffAt: '2026-08-01',
});
const inProgress = add({
  foundDate: '2026-05-01',
  deadline: '2026-09-01',
  aspect: '作风',
  problem: '整改中问题',
  source: 'duty_review',
});
const completed = add({
  foundDate: '2026-07-01',
  deadline: '2026-09-01',
  aspect: '纪律',
  problem: '已完成问题',
  source: 'inspection',
  state: 'completed',
  completedAt: '2026-07-15',
});
add({
  foundDate: '2025-03-01',
  deadline: '2025-06-01',
  aspect: '组织',
  problem: '去年已销号',
  state: 'checked_off',
  completedAt: '2025-11-01',
  checkedOffAt: '2025-12-01',
});
add({
  foundDate: '2026-03-01',
  deadline: '2026-06-01',
  aspect: '作风',
  problem: '已删除',
  deletedAt: '2026-03-02T00:00:00.000Z',
});
const oldOne = add({
  foundDate: '2024-01-01',
  deadline: '2024-06-01',
  aspect: '组织',
  problem: '前年问题',
  state: 'checked_off',
  completedAt: '2025-12-01',
  checkedOffAt: '2026-02-01',
});

function figure(key: string) {
  return computeFigures({ branchId: branch.id }, 2026, [key]).get(key)!;
}

const summary = (key: string) => {
  const f = figure(key);
  if ('problem' in f) return f;
  return { label: f.label, unit: f.unit, value: f.value, ids: f.records.map((r) => r.id) };
};

describe('rectification figures', () => {
  it('counts the problems found in the year, and the aspects they fall under', () => {
    expect(summary('rectification')).toEqual({
      label: '检视问题 个数',
      unit: '个',
      value: 3,
      ids: [checkedOff.id, inProgress.id, completed.id],
    });
    expect(summary('rectification:what=found')).toMatchObject({ value: 3 });
    expect(summary('rectification:what=aspects')).toEqual({
      label: '检视问题 方面数',
      unit: '个',
      value: 2,
      ids: [checkedOff.id, inProgress.id, completed.id],
    });
  });

  it('counts the problems completed and checked off in the year', () => {
    expect(summary('rectification:what=completed')).toEqual({
      label: '完成整改的问题 个数',
      unit: '个',
      value: 2,
      ids: [checkedOff.id, completed.id],
    });
    expect(summary('rectification:what=checked_off')).toEqual({
      label: '对账销号的问题 个数',
      unit: '个',
      value: 2,
      ids: [oldOne.id, checkedOff.id],
    });
  });

  it('counts the problems carried into the year, and those still open at its end', () => {
    expect(summary('rectification:what=carried_over')).toEqual({
      label: '往年结转的问题 个数',
      unit: '个',
      value: 2,
      ids: [oldOne.id, carried.id],
    });
    expect(summary('rectification:what=open')).toEqual({
      label: '期末未销号的问题 个数',
      unit: '个',
      value: 3,
      ids: [carried.id, inProgress.id, completed.id],
    });
  });

  it('narrows by source and aspect, naming the filters in the label', () => {
    expect(summary('rectification:source=inspection')).toEqual({
      label: '检视问题（巡察） 个数',
      unit: '个',
      value: 1,
      ids: [completed.id],
    });
    expect(summary('rectification:aspect=作风')).toEqual({
      label: '检视问题（作风） 个数',
      unit: '个',
      value: 2,
      ids: [checkedOff.id, inProgress.id],
    });
    expect(summary('rectification:aspect=作风,source=duty_review')).toEqual({
      label: '检视问题（述职评议，作风） 个数',
      unit: '个',
      value: 1,
      ids: [inProgress.id],
    });
  });

  it('counts over a part of the year', () => {
    expect(summary('rectification:period=H2,what=completed')).toEqual({
      label: '完成整改的问题 个数（下半年）',
      unit: '个',
      value: 1,
      ids: [completed.id],
    });
    expect(summary('rectification:period=Q1')).toMatchObject({ value: 1, ids: [checkedOff.id] });
    // at the end of June the problem checked off in August was still open
    expect(summary('rectification:period=Q2,what=open')).toMatchObject({
      value: 3,
      ids: [carried.id, checkedOff.id, inProgress.id],
    });
  });

  it('writes the problems out as a list with their state', () => {
    const list = figure('list.rectification:what=open');
    expect(list).toMatchObject({
      label: '期末未销号的问题清单',
      unit: '项',
      value: 3,
      text: '结转问题（整改中）；整改中问题（整改中）；已完成问题（已完成）',
    });
    expect(figure('list.rectification:aspect=不存在的方面')).toMatchObject({ value: 0, text: '无' });
  });

  it('gives each record its title and link', () => {
    const f = figure('rectification:what=completed');
    expect('records' in f && f.records[1]).toEqual({
      id: completed.id,
      title: '纪律：已完成问题',
      date: '2026-07-01',
      href: `/rectification/${completed.id}`,
    });
  });

  it('explains a token that names no rectification figure', () => {
    expect(figure('rectification:what=bogus')).toEqual({
      key: 'rectification:what=bogus',
      problem: '问题整改的统计内容（what）只能是 found、aspects、completed、checked_off、carried_over、open',
    });
    expect(figure('rectification:source=nowhere')).toMatchObject({
      problem: '问题来源“nowhere”不存在，可用：life_meeting、theme_education、inspection、duty_review、other',
    });
    expect(figure('rectification:period=Q1,what=carried_over')).toMatchObject({
      problem: '往年结转的问题按年度统计，不能按时段（period）统计',
    });
    expect(figure('rectification:colour=red')).toMatchObject({ problem: '“rectification”不支持参数“colour”' });
  });
});
