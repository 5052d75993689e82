/**
 * The report's clean-government and work-output figures (db/report/figures/sources/integrity.ts
 * through computeFigures): the responsibility list, commitment letters by counterpart (as letters or
 * as counterparts), 廉政谈话, special meetings, and work outputs summed or counted — with labels and
 * units, and the explanation for a token that names no such figure. Over a new branch.
 */
import { describe, expect, it } from 'vitest';
import { setupTestDatabase } from '@/tests/support/test-db';

const { db } = await setupTestDatabase();
const { computeFigures } = await import('@/db/report/figures/compute');
const fb = await import('@/tests/queries/fresh-branch');
const s = await import('@/db/schema');
const { and, eq } = await import('drizzle-orm');

const branch = fb.freshBranch('廉政数字测试支部');
const a = fb.addPerson(branch.id, '甲', 'full');
const b = fb.addPerson(branch.id, '乙', 'full');

const aspect = db
  .insert(s.integrityAspects)
  .values({ branchId: branch.id, year: 2026, title: '方面一' })
  .returning()
  .get();
const aspect2 = db
  .insert(s.integrityAspects)
  .values({ branchId: branch.id, year: 2026, title: '方面二' })
  .returning()
  .get();
db.insert(s.integrityAspects).values({ branchId: branch.id, year: 2025, title: '去年方面' }).run();
for (const content of ['事项一', '事项二', '事项三'])
  db.insert(s.integrityItems).values({ aspectId: aspect.id, branchId: branch.id, content, responsible: '书记' }).run();

const letter = (date: string, counterpartKind: string, counterpart: string) =>
  db
    .insert(s.commitmentLetters)
    .values({ branchId: branch.id, date, title: '承诺书', signer: '书记', counterpartKind, counterpart })
    .returning()
    .get();
const l1 = letter('2026-01-10', '党员干部', '张三');
const l2 = letter('2026-02-10', '党员干部', '张三');
const l3 = letter('2026-08-10', '股室', '综合股');
letter('2025-08-10', '股室', '综合股');

const integrityTalk = db
  .insert(s.talks)
  .values({ branchId: branch.id, date: '2026-04-01', kind: 'integrity', initiatorId: a.id, partnerId: b.id })
  .returning()
  .get();
db.insert(s.talks)
  .values({ branchId: branch.id, date: '2026-04-02', kind: 'member_member', initiatorId: a.id, partnerId: b.id })
  .run();
const special = fb.addMeeting(branch.id, 'general', '2026-06-01', 'held', { topic: '廉政专题会' });
fb.addMeeting(branch.id, 'general', '2026-06-02', 'held', { topic: '普通会议' });
db.insert(s.integrityMeetings).values({ branchId: branch.id, meetingId: special.id }).run();

const category = db
  .select()
  .from(s.workOutputCategories)
  .where(and(eq(s.workOutputCategories.branchId, branch.id), eq(s.workOutputCategories.name, '调研报告')))
  .get()!;
const w1 = db
  .insert(s.workOutputs)
  .values({ branchId: branch.id, categoryId: category.id, date: '2026-03-01', title: '一季度分析', quantity: 2 })
  .returning()
  .get();
const w2 = db
  .insert(s.workOutputs)
  .values({ branchId: branch.id, categoryId: category.id, date: '2026-09-01', title: '三季度分析', quantity: 3 })
  .returning()
  .get();
const w3 = db
  .insert(s.workOutputs)
  .values({ branchId: branch.id, categoryId: category.id, date: '2026-11-01', title: '专题分析', quantity: 1 })
  .returning()
  .get();

function summary(key: string) {
  const f = computeFigures({ branchId: branch.id }, 2026, [key]).get(key)!;
  if ('problem' in f) return f;
  return { label: f.label, unit: f.unit, value: f.value, ids: f.records.map((r) => r.id) };
}

describe('clean-government figures', () => {
  it('counts the year’s responsibility list: aspects and items', () => {
    expect(summary('integrity:what=aspects')).toMatchObject({ label: '主体责任清单 方面数', unit: '个', value: 2 });
    expect(summary('integrity:what=items')).toMatchObject({ label: '主体责任清单 内容条数', unit: '项', value: 3 });
    expect(summary('integrity:period=H1,what=aspects')).toMatchObject({
      problem: '主体责任清单按年度统计，不能按时段（period）统计',
    });
    expect(aspect2.id).toBeGreaterThan(aspect.id);
  });

  it('counts commitment letters, or the distinct people and offices signed with, by kind of counterpart', () => {
    expect(summary('integrity:what=letters')).toEqual({
      label: '承诺书（责任书） 份数',
      unit: '份',
      value: 3,
      ids: [l1.id, l2.id, l3.id],
    });
    expect(summary('integrity:counterpart=党员干部,what=letters')).toMatchObject({
      label: '承诺书（责任书）（党员干部） 份数',
      value: 2,
    });
    expect(summary('integrity:measure=counterparts,what=letters')).toMatchObject({
      label: '承诺书签订对象 数量',
      unit: '个',
      value: 2,
    });
    expect(summary('integrity:counterpart=党员干部,measure=counterparts,what=letters')).toMatchObject({
      label: '承诺书签订对象（党员干部） 数量',
      unit: '名',
      value: 1,
    });
    expect(summary('integrity:counterpart=股室,measure=counterparts,what=letters')).toMatchObject({
      unit: '个',
      value: 1,
    });
    expect(summary('integrity:measure=count,period=H2,what=letters')).toMatchObject({ value: 1, ids: [l3.id] });
  });

  it('counts 廉政谈话 and the linked special meetings', () => {
    expect(summary('integrity:what=talks')).toEqual({
      label: '廉政谈话 次数',
      unit: '次',
      value: 1,
      ids: [integrityTalk.id],
    });
    expect(summary('integrity:what=meetings')).toEqual({
      label: '党风廉政专题会议 次数',
      unit: '次',
      value: 1,
      ids: [special.id],
    });
  });

  it('explains a clean-government token that names no figure', () => {
    const whatMissing =
      '请用 what 指定统计内容：aspects（责任清单方面）、items（责任清单内容）、letters（承诺书）、talks（廉政谈话）、meetings（专题会议）';
    expect(summary('integrity')).toMatchObject({ problem: whatMissing });
    expect(summary('integrity:what=everything')).toMatchObject({ problem: whatMissing });
    expect(summary('integrity:counterpart=股室,what=talks')).toMatchObject({
      problem: 'counterpart 和 measure 只用于承诺书（what=letters）',
    });
    expect(summary('integrity:measure=count,what=aspects')).toMatchObject({
      problem: 'counterpart 和 measure 只用于承诺书（what=letters）',
    });
    expect(summary('integrity:counterpart=外星人,what=letters')).toMatchObject({
      problem: '签订对象类型“外星人”不存在，可用：分管领域负责人、股室、党员干部、其他',
    });
    expect(summary('integrity:measure=pages,what=letters')).toMatchObject({
      problem: '承诺书的统计方式（measure）只能是 count（份数）或 counterparts（签订对象数）',
    });
  });
});

describe('work-output figures', () => {
  it('sums a category’s quantities in its unit, or counts its entries', () => {
    expect(summary(`work:category=${category.id}`)).toEqual({
      label: '调研报告 合计',
      unit: '篇',
      value: 6,
      ids: [w1.id, w2.id, w3.id],
    });
    expect(summary(`work:category=${category.id},measure=entries`)).toEqual({
      label: '调研报告 登记条数',
      unit: '条',
      value: 3,
      ids: [w1.id, w2.id, w3.id],
    });
    expect(summary(`work:category=${category.id},period=Q3`)).toMatchObject({ value: 3, ids: [w2.id] });
  });

  it('names each entry behind the figure with its quantity unless it is one', () => {
    const f = computeFigures({ branchId: branch.id }, 2026, [`work:category=${category.id}`]).get(
      `work:category=${category.id}`,
    )!;
    expect('records' in f && f.records.map((r) => [r.title, r.date, r.href])).toEqual([
      ['调研报告：一季度分析（2篇）', '2026-03-01', `/outputs/${w1.id}`],
      ['调研报告：三季度分析（3篇）', '2026-09-01', `/outputs/${w2.id}`],
      ['调研报告：专题分析', '2026-11-01', `/outputs/${w3.id}`],
    ]);
  });

  it('names the letters and talks behind the figures', () => {
    const keys = ['integrity:what=letters', 'integrity:what=talks'];
    const result = computeFigures({ branchId: branch.id }, 2026, keys);
    const titles = (key: string) => {
      const f = result.get(key)!;
      return 'records' in f ? f.records.map((r) => r.title) : [];
    };
    expect(titles('integrity:what=talks')).toEqual(['廉政谈话：甲与乙']);
    expect(titles('integrity:what=letters')).toHaveLength(3);
  });

  it('explains a work-output token that names no figure', () => {
    expect(summary('work')).toMatchObject({ problem: '请用 category 指定工作成果类别' });
    expect(summary('work:category=999999')).toMatchObject({
      problem: '本支部没有编号为“999999”的工作成果类别（可能已被删除）',
    });
    expect(summary(`work:category=${category.id},measure=average`)).toMatchObject({
      problem: '工作成果的统计方式（measure）只能是 sum（数量合计）或 entries（登记条数）',
    });
  });
});
