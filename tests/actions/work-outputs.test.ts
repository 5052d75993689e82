/**
 * The work-output ledger through its server actions: categories (add, rename, archive), dated entries
 * (add, edit with a version check, soft delete) and the year totals the duty report reads.
 */
import { and, eq, isNull, like } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { callAction } from '@/tests/support/call-action';
import { expectRefusedWithNothingWritten } from '@/tests/support/refused';
import { signInAs } from '@/tests/support/session';
import { setupTestDatabase } from '@/tests/support/test-db';

vi.mock('@/server/auth/current-user', () => import('@/tests/support/session'));
vi.mock('next/cache', () => import('@/tests/support/next-mocks').then((m) => m.nextCache));
vi.mock('next/headers', () => import('@/tests/support/next-mocks').then((m) => m.nextHeaders));

const { db } = await setupTestDatabase();
const actions = await import('@/app/(app)/outputs/actions');
const { workOutputTotalsForYear } = await import('@/db/report/totals/work-outputs');
const { listWorkOutputs } = await import('@/db/queries/work-outputs');
const { notFoundMessage } = await import('@/lib/errors');
const { workOutputCategories, workOutputs } = await import('@/db/schema');
const f = await import('@/tests/support/fixtures');
const m = await import('@/tests/support/meetings');

const statisticsId = f.branchIdOf(f.statisticsBranchName);
const financeId = f.branchIdOf(f.financeBranchName);

function category(branchId: number, name: string) {
  return db
    .select()
    .from(workOutputCategories)
    .where(and(eq(workOutputCategories.branchId, branchId), eq(workOutputCategories.name, name)))
    .get()!;
}

const totalsByName = (branchId: number, year: number) =>
  Object.fromEntries(
    workOutputTotalsForYear({ branchId }, year).map((t) => [t.name, `${t.total}${t.unit}/${t.entries}`]),
  );

const outputPayload = (overrides: Record<string, unknown> = {}) => ({
  date: '2025-06-30',
  categoryId: category(statisticsId, '统计分析').id,
  title: '上半年全旗规模以上工业运行分析',
  quantity: '',
  note: '',
  ...overrides,
});

describe('workOutputTotalsForYear', () => {
  it('sums the seeded 2023 per category and gives the entries behind each total', () => {
    expect(totalsByName(statisticsId, 2023)).toEqual({
      统计信息: '36篇/35',
      统计月报: '11期/11',
      统计分析: '8篇/8',
      约稿: '4篇/4',
      调研报告: '3篇/3',
    });
    for (const total of workOutputTotalsForYear({ branchId: statisticsId }, 2023)) {
      const entries = db
        .select({ id: workOutputs.id })
        .from(workOutputs)
        .where(
          and(
            eq(workOutputs.categoryId, total.categoryId),
            like(workOutputs.date, '2023-%'),
            isNull(workOutputs.deletedAt),
          ),
        )
        .orderBy(workOutputs.id)
        .all();
      expect(total.ids, total.name).toEqual(entries.map((e) => e.id));
    }
  });

  it('lists every category in use with 0 for a year without entries, and no other branch’s entries', () => {
    expect(totalsByName(financeId, 2023)).toEqual({
      调研报告: '0篇/0',
      信息简报: '0期/0',
      制度文件: '0项/0',
      经验材料: '0篇/0',
      宣传稿件: '0篇/0',
    });
    expect(
      workOutputTotalsForYear({ branchId: statisticsId }, 2022).every((t) => t.total === 0 && t.ids.length === 0),
    ).toBe(true);
  });
});

describe('entries', () => {
  it('records an entry (one by default) that the year’s total and the category’s list then include', async () => {
    const zuzhi = await signInAs('zuzhi');
    const before = workOutputTotalsForYear({ branchId: statisticsId }, 2025).find((t) => t.name === '统计分析')!;
    const auditBefore = f.lastAuditId();
    expect(await callAction(actions.createWorkOutput, outputPayload())).toEqual({
      ok: true,
      message: '成果已登记',
      data: undefined,
    });
    expect(
      await callAction(actions.createWorkOutput, outputPayload({ title: '两篇专题分析', quantity: '2.5' })),
    ).toMatchObject({ ok: true });

    const after = workOutputTotalsForYear({ branchId: statisticsId }, 2025).find((t) => t.name === '统计分析')!;
    expect(after.total).toBe(before.total + 3.5);
    expect(after.entries).toBe(before.entries + 2);
    const listed = listWorkOutputs(zuzhi, 2025, { categoryId: after.categoryId });
    expect(listed.map((o) => o.id).sort((a, b) => a - b)).toEqual(after.ids);
    expect(listed.find((o) => o.title === '上半年全旗规模以上工业运行分析')).toMatchObject({
      quantity: 1,
      note: null,
      unit: '篇',
    });
    expect((await f.auditEntriesAfter(auditBefore)).map((a) => a.action)).toEqual([
      'work_output.create',
      'work_output.create',
    ]);
  });

  it('refuses bad input with a message for the field, writing nothing', async () => {
    await signInAs('zuzhi');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ quantity: '0' }, 'quantity', '数量应大于0'],
      [{ quantity: '1.234' }, 'quantity', '数量最多保留两位小数'],
      [{ quantity: '很多' }, 'quantity', '数量应为数字'],
      [{ date: m.isoDaysFromToday(1) }, 'date', '日期不能晚于今天'],
      [{ categoryId: '' }, 'categoryId', '请选择类别'],
      [{ title: ' ' }, 'title', '请填写标题'],
    ];
    for (const [overrides, field, message] of cases) {
      const refused = await expectRefusedWithNothingWritten(db, actions.createWorkOutput, outputPayload(overrides));
      expect(refused.fieldErrors?.[field], JSON.stringify(overrides)).toEqual([message]);
    }
    const foreign = await expectRefusedWithNothingWritten(
      db,
      actions.createWorkOutput,
      outputPayload({ categoryId: category(financeId, '调研报告').id }),
    );
    expect(foreign.error).toBe('请选择本支部在用的成果类别');
  });

  it('edits an entry only from the version it was read at, and removes it softly from the totals', async () => {
    await signInAs('shuji');
    const entry = db.select().from(workOutputs).where(eq(workOutputs.title, '两篇专题分析')).get()!;
    const edit = {
      ...outputPayload({ title: '两篇专题分析（修订）', quantity: '2' }),
      id: entry.id,
      version: entry.version,
    };
    expect(await callAction(actions.updateWorkOutput, edit)).toMatchObject({ ok: true });
    expect(db.select().from(workOutputs).where(eq(workOutputs.id, entry.id)).get()).toMatchObject({
      title: '两篇专题分析（修订）',
      quantity: 2,
      version: entry.version + 1,
    });
    expect((await expectRefusedWithNothingWritten(db, actions.updateWorkOutput, edit)).conflict).toBe(true);

    const before = workOutputTotalsForYear({ branchId: statisticsId }, 2025).find((t) => t.name === '统计分析')!;
    expect(await callAction(actions.removeWorkOutput, { id: entry.id, version: entry.version + 1 })).toEqual({
      redirected: '/outputs?removed=1',
    });
    const after = workOutputTotalsForYear({ branchId: statisticsId }, 2025).find((t) => t.name === '统计分析')!;
    expect(after.total).toBe(before.total - 2);
    expect(after.ids).not.toContain(entry.id);
    expect(db.select().from(workOutputs).where(eq(workOutputs.id, entry.id)).get()!.deletedAt).not.toBeNull();
    const again = await expectRefusedWithNothingWritten(db, actions.removeWorkOutput, {
      id: entry.id,
      version: entry.version + 2,
    });
    expect(again.error).toBe(notFoundMessage);
  });
});

describe('categories', () => {
  it('adds a category with its unit, refusing a second one of the same name', async () => {
    await signInAs('zuzhi');
    expect(await callAction(actions.createWorkOutputCategory, { name: '普查公报', unit: '期' })).toMatchObject({
      ok: true,
    });
    expect(category(statisticsId, '普查公报')).toMatchObject({ unit: '期', sortOrder: 5, archivedAt: null });
    expect(totalsByName(statisticsId, 2025)).toHaveProperty('普查公报', '0期/0');
    const twice = await expectRefusedWithNothingWritten(db, actions.createWorkOutputCategory, {
      name: '普查公报',
      unit: '份',
    });
    expect(twice.fieldErrors?.name).toEqual(['已有同名的类别']);
    const noUnit = await expectRefusedWithNothingWritten(db, actions.createWorkOutputCategory, {
      name: '简报',
      unit: '',
    });
    expect(noUnit.fieldErrors?.unit).toEqual(['请填写计量单位']);
  });

  it('renames a category, and its entries and totals follow', async () => {
    await signInAs('zuzhi');
    const about = category(statisticsId, '约稿');
    expect(
      await callAction(actions.updateWorkOutputCategory, {
        id: about.id,
        version: about.version,
        name: '约稿文章',
        unit: '篇',
      }),
    ).toMatchObject({ ok: true });
    expect(totalsByName(statisticsId, 2023)).toHaveProperty('约稿文章', '4篇/4');
    const taken = await expectRefusedWithNothingWritten(db, actions.updateWorkOutputCategory, {
      id: about.id,
      version: about.version + 1,
      name: '统计月报',
      unit: '篇',
    });
    expect(taken.error).toBe('已有同名的类别');
  });

  it('archives a category: no new entries in it, its year totals kept where it has entries; restoring reopens it', async () => {
    await signInAs('zuzhi');
    const research = category(statisticsId, '调研报告');
    expect(
      await callAction(actions.setWorkOutputCategoryArchived, {
        id: research.id,
        version: research.version,
        archived: 'true',
      }),
    ).toMatchObject({
      ok: true,
      message: '类别已归档：不再用于新成果，已有成果和合计保留',
    });
    expect(workOutputTotalsForYear({ branchId: statisticsId }, 2023).find((t) => t.name === '调研报告')).toMatchObject({
      archived: true,
      total: 3,
    });
    expect(totalsByName(statisticsId, 2022)).not.toHaveProperty('调研报告');
    const closed = await expectRefusedWithNothingWritten(
      db,
      actions.createWorkOutput,
      outputPayload({ categoryId: research.id }),
    );
    expect(closed.fieldErrors?.categoryId).toEqual(['请选择类别']);

    // An entry already in the archived category can still be edited without moving it.
    const entry = db.select().from(workOutputs).where(eq(workOutputs.categoryId, research.id)).get()!;
    expect(
      await callAction(actions.updateWorkOutput, {
        id: entry.id,
        version: entry.version,
        date: entry.date,
        categoryId: research.id,
        title: `${entry.title}（定稿）`,
        quantity: 1,
        note: '',
      }),
    ).toMatchObject({ ok: true });

    expect(
      await callAction(actions.setWorkOutputCategoryArchived, {
        id: research.id,
        version: research.version + 1,
        archived: 'false',
      }),
    ).toMatchObject({
      ok: true,
      message: '类别已恢复使用',
    });
    expect(
      await callAction(actions.createWorkOutput, outputPayload({ categoryId: research.id, title: '新的调研报告' })),
    ).toMatchObject({ ok: true });
  });

  it('never touches another branch’s categories', async () => {
    await signInAs('caizheng');
    const ours = category(statisticsId, '统计信息');
    const refused = await expectRefusedWithNothingWritten(db, actions.updateWorkOutputCategory, {
      id: ours.id,
      version: ours.version,
      name: '财政信息',
      unit: '篇',
    });
    expect(refused.error).toBe(notFoundMessage);
  });
});
